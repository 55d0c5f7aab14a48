// Scene and texture keys, in one place.
import type { Mood, Sector } from '../engine/ids.ts';
import type { BackdropName } from './paint/index.ts';

export const SCENE_KEYS = {
  title: 'title',
  map: 'map',
} as const;

export const TEXTURE_KEYS = {
  sectorIcons: (size: number): string => `sector-icons-${size}`,
  centre: (highContrast: boolean, radius: number): string => `centre-building-${radius}${highContrast ? '-hc' : ''}`,
  nodeRing: (sector: Sector, highContrast: boolean, radius: number): string =>
    `node-ring-${sector}-${radius}${highContrast ? '-hc' : ''}`,
  cloud: (n: number): string => `cloud-${n}`,
  backdrop: (name: BackdropName, highContrast: boolean): string => `backdrop-${name}${highContrast ? '-hc' : ''}`,
  markerPin: (label: string, fill: string, resolution: number): string => `marker-pin-${label}-${fill}@${resolution}`,
  feedback: (text: string, colour: string, size: number, resolution: number): string =>
    `feedback-${text}-${colour}-${size}@${resolution}`,
  portrait: (castId: string, mood: Mood, size: number): string => `portrait-${castId}-${mood}-${size}`,
} as const;

export const CLOUD_COUNT = 4;
