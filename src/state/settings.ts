// The learner's settings, kept on the device: language, text size, contrast, motion, font, text speed.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import * as z from 'zod/mini';
import { LOCALES } from '../engine/ids.ts';
import type { Locale } from '../engine/ids.ts';
import type { KeyValueStorage } from './storage.ts';
import { tryWrite } from './storage.ts';

export const SETTINGS_KEY = 'passerelles:settings';

export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

/** Characters per second for each speed; `instant` shows the whole line at once. */
export const CHARS_PER_SECOND: Readonly<Record<TextSpeed, number>> = {
  slow: 30,
  normal: 60,
  fast: 120,
  instant: Number.POSITIVE_INFINITY,
};

export const TEXT_SCALE_MIN = 100;
export const TEXT_SCALE_MAX = 200;
export const TEXT_SCALE_STEP = 10;

export interface Settings {
  readonly locale: Locale;
  /** Percent of the browser's text size, 100–200. */
  readonly textScale: number;
  readonly highContrast: boolean;
  readonly reducedMotion: boolean;
  /** Atkinson Hyperlegible (bundled) instead of the system font. */
  readonly legibleFont: boolean;
  readonly textSpeed: TextSpeed;
}

/** What the browser tells us before the learner has chosen anything. */
export interface SettingsEnvironment {
  readonly prefersReducedMotion: boolean;
}

export function defaultSettings(env: SettingsEnvironment): Settings {
  return {
    locale: 'fr',
    textScale: 100,
    highContrast: false,
    reducedMotion: env.prefersReducedMotion,
    legibleFont: true,
    textSpeed: env.prefersReducedMotion ? 'instant' : 'normal',
  };
}

export function clampTextScale(value: number): number {
  if (!Number.isFinite(value)) return TEXT_SCALE_MIN;
  const stepped = Math.round(value / TEXT_SCALE_STEP) * TEXT_SCALE_STEP;
  return Math.min(TEXT_SCALE_MAX, Math.max(TEXT_SCALE_MIN, stepped));
}

// Each field is read on its own: one bad value falls back to its default, the others are kept.
const FIELDS = {
  locale: z.enum(LOCALES),
  textScale: z.number(),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  legibleFont: z.boolean(),
  textSpeed: z.enum(TEXT_SPEEDS),
} as const;

/** Reads stored settings over the defaults; anything unreadable is ignored field by field. */
export function readSettings(storage: KeyValueStorage, env: SettingsEnvironment): Settings {
  const defaults = defaultSettings(env);
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    return defaults;
  }
  if (typeof raw !== 'object' || raw === null) return defaults;
  const stored = raw as Record<string, unknown>;
  const pick = <K extends keyof typeof FIELDS>(key: K): Settings[K] => {
    const parsed = FIELDS[key].safeParse(stored[key]);
    return (parsed.success ? parsed.data : defaults[key]) as Settings[K];
  };
  return {
    locale: pick('locale'),
    textScale: clampTextScale(pick('textScale')),
    highContrast: pick('highContrast'),
    reducedMotion: pick('reducedMotion'),
    legibleFont: pick('legibleFont'),
    textSpeed: pick('textSpeed'),
  };
}

export type SettingsStore = StoreApi<Settings>;

/** A store of the settings that writes every change back to the device. */
export function createSettingsStore(
  storage: KeyValueStorage,
  env: SettingsEnvironment,
  overrides: Partial<Settings> = {},
): SettingsStore {
  const store = createStore<Settings>()(() => ({ ...readSettings(storage, env), ...overrides }));
  const persist = (settings: Settings): void => {
    tryWrite(storage, SETTINGS_KEY, JSON.stringify(settings));
  };
  if (Object.keys(overrides).length > 0) persist(store.getState());
  store.subscribe(persist);
  return store;
}

export function updateSettings(store: SettingsStore, change: Partial<Settings>): void {
  const next = { ...store.getState(), ...change };
  store.setState({ ...next, textScale: clampTextScale(next.textScale) }, true);
}
