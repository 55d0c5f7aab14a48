import { describe, expect, it } from 'vitest';
import { cleanText, readFirstName, rememberFirstName } from '../../src/state/learner.ts';
import {
  clampTextScale,
  createSettingsStore,
  defaultSettings,
  readSettings,
  SETTINGS_KEY,
  updateSettings,
} from '../../src/state/settings.ts';
import { memoryStorage } from '../../src/state/storage.ts';

const env = { prefersReducedMotion: false };

describe('settings', () => {
  it('default to French, normal text, the legible font, and motion as the system prefers', () => {
    expect(defaultSettings(env)).toEqual({
      locale: 'fr',
      textScale: 100,
      highContrast: false,
      reducedMotion: false,
      legibleFont: true,
      textSpeed: 'normal',
    });
    expect(defaultSettings({ prefersReducedMotion: true })).toMatchObject({
      reducedMotion: true,
      textSpeed: 'instant',
    });
  });

  it('are written on every change and read back', () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage, env);
    updateSettings(store, { locale: 'en', textScale: 200, highContrast: true });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}')).toMatchObject({ locale: 'en', textScale: 200 });
    expect(readSettings(storage, env)).toMatchObject({ locale: 'en', textScale: 200, highContrast: true });
  });

  it('keep the good fields of a damaged record and default the others', () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({ locale: 'de', textScale: 175, highContrast: 'yes', textSpeed: 'fast' }),
    });
    expect(readSettings(storage, env)).toEqual({ ...defaultSettings(env), textScale: 180, textSpeed: 'fast' });
    expect(readSettings(memoryStorage({ [SETTINGS_KEY]: '{oops' }), env)).toEqual(defaultSettings(env));
  });

  it('clamp the text size to 100–200 % in steps of 10', () => {
    expect([50, 104, 155, 250, Number.NaN].map(clampTextScale)).toEqual([100, 100, 160, 200, 100]);
  });

  it('let the URL override the stored language, and remember it', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ locale: 'fr' }) });
    const store = createSettingsStore(storage, env, { locale: 'en' });
    expect(store.getState().locale).toBe('en');
    expect(readSettings(storage, env).locale).toBe('en');
  });
});

describe('learner details', () => {
  it('are trimmed, stripped of control characters and capped', () => {
    expect(cleanText('  Zoé \u0000 <b>x</b>\n', 60)).toBe('Zoé <b>x</b>');
    expect(cleanText('a'.repeat(100), 60)).toHaveLength(60);
  });

  it('remember the first name on the device only', () => {
    const storage = memoryStorage();
    rememberFirstName(storage, ' Inès ');
    expect(readFirstName(storage)).toBe('Inès');
    expect(readFirstName(memoryStorage({ 'passerelles:learner': '[1]' }))).toBe('');
  });
});
