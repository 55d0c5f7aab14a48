// Colours of what the map draws over its backdrop (the backdrops keep their own).
import type { Sector } from '../engine/ids.ts';

export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  emploi: '#3566a8',
  entreprise: '#6b5aa8',
  formation: '#a3528f',
  langue: '#c0566f',
  administratif: '#5f6b7a',
  ressources: '#a8741c',
  garde_enfants: '#cf6f3a',
  social: '#b8483a',
  logement: '#7a5a3a',
  sante: '#23876a',
  mobilite: '#1f7f96',
};

export interface MapPalette {
  readonly ink: string;
  readonly inkSoft: string;
  readonly pill: number;
  readonly pillAlpha: number;
  readonly pillBorder: number;
  readonly pillBorderWidth: number;
  readonly casing: number;
  readonly casingAlpha: number;
  readonly nodeRing: number;
  readonly shadowAlpha: number;
  readonly marker: number;
  readonly markerHover: number;
  readonly markerText: string;
  readonly speaker: number;
  readonly ghost: number;
}

export const PALETTES: Readonly<Record<'normal' | 'contrast', MapPalette>> = {
  normal: {
    ink: '#1f2a36',
    inkSoft: '#4a5563',
    pill: 0xfffdf7,
    pillAlpha: 0.92,
    pillBorder: 0xc9c2ad,
    pillBorderWidth: 1,
    casing: 0xfffdf5,
    casingAlpha: 0.85,
    nodeRing: 0xfffdf7,
    shadowAlpha: 0.22,
    marker: 0xc2410c,
    markerHover: 0x9a3412,
    markerText: '#ffffff',
    speaker: 0xf2b705,
    ghost: 0x6b7280,
  },
  contrast: {
    ink: '#000000',
    inkSoft: '#1a1a1a',
    pill: 0xffffff,
    pillAlpha: 1,
    pillBorder: 0x000000,
    pillBorderWidth: 2,
    casing: 0xffffff,
    casingAlpha: 1,
    nodeRing: 0x000000,
    shadowAlpha: 0.35,
    marker: 0x7c2d12,
    markerHover: 0x000000,
    markerText: '#ffffff',
    speaker: 0x000000,
    ghost: 0x000000,
  },
};

export const FONT_FAMILY = '"Atkinson Hyperlegible", "Segoe UI", system-ui, sans-serif';
