import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { PlaySession } from '../../src/state/play-session.ts';
import {
  checkSave,
  deleteQuarantined,
  listQuarantine,
  QUARANTINE_PREFIX,
  quarantineSave,
  saveKey,
  scanSaves,
} from '../../src/state/saves.ts';
import { keysWithPrefix, memoryStorage } from '../../src/state/storage.ts';
import type { KeyValueStorage } from '../../src/state/storage.ts';
import { miniEntry } from './state-fixture.ts';

const now = new Date(Date.UTC(2025, 2, 3, 10, 0, 0));

async function savedGame(storage: KeyValueStorage): Promise<string> {
  const session = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 4, { storage, now: () => now });
  session.choose(1);
  return storage.getItem(saveKey('mini')) ?? '';
}

describe('autosaves', () => {
  it('accepts a save made with the current story', async () => {
    const raw = await savedGame(memoryStorage());
    const check = checkSave(raw, 'mini', miniEntry().storyHash);
    expect(check.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": "passerelles-autosave", ', 'not-json'],
    ['JSON of another shape', '{"hello": "world"}', 'bad-shape'],
    ['a number', '42', 'bad-shape'],
  ])('refuses %s', (_label, raw, reason) => {
    expect(checkSave(raw, 'mini', miniEntry().storyHash)).toEqual({ ok: false, reason, raw });
  });

  it('refuses a save whose engine state is the wrong shape', async () => {
    const data = JSON.parse(await savedGame(memoryStorage())) as { runner: { engine: { week: unknown } } };
    data.runner.engine.week = 'two';
    const check = checkSave(JSON.stringify(data), 'mini', miniEntry().storyHash);
    expect(check.ok ? null : check.reason).toBe('bad-shape');
  });

  it('refuses a save made with another version of the story, or for a module that is gone', async () => {
    const raw = await savedGame(memoryStorage());
    expect(checkSave(raw, 'mini', 'another-hash')).toMatchObject({ ok: false, reason: 'story-changed' });
    expect(checkSave(raw, 'mini', undefined)).toMatchObject({ ok: false, reason: 'unknown-module' });
    expect(checkSave(raw, 'other', miniEntry().storyHash)).toMatchObject({ ok: false, reason: 'bad-shape' });
  });

  it('moves unusable saves aside, keeping their text exactly, and keeps the good ones', async () => {
    const storage = memoryStorage();
    const good = await savedGame(storage);
    storage.setItem(saveKey('dumas'), '{broken');
    const { saves, quarantined } = scanSaves(storage, new Map([['mini', miniEntry().storyHash]]), now);
    expect(saves.map((s) => s.module)).toEqual(['mini']);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ module: 'dumas', reason: 'not-json', raw: '{broken' });
    expect(storage.getItem(saveKey('dumas'))).toBeNull();
    expect(storage.getItem(saveKey('mini'))).toBe(good);
    expect(listQuarantine(storage)).toEqual(quarantined);
  });

  it('never overwrites an earlier quarantined save', () => {
    const storage = memoryStorage();
    const a = quarantineSave(storage, 'mini', 'first', 'not-json', now);
    const b = quarantineSave(storage, 'mini', 'second', 'not-json', now);
    expect(a?.key).not.toBe(b?.key);
    expect(listQuarantine(storage).map((q) => q.raw)).toEqual(['first', 'second']);
    deleteQuarantined(storage, a?.key ?? '');
    expect(keysWithPrefix(storage, QUARANTINE_PREFIX)).toHaveLength(1);
  });

  it('leaves the save where it is when it cannot be set aside', () => {
    const storage = memoryStorage({ [saveKey('mini')]: 'x' });
    const full: KeyValueStorage = {
      ...storage,
      get length() {
        return storage.length;
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(quarantineSave(full, 'mini', 'x', 'not-json', now)).toBeNull();
    expect(storage.getItem(saveKey('mini'))).toBe('x');
  });

  it('lists a quarantine entry it did not write, so that it can still be downloaded', () => {
    const storage = memoryStorage({ [`${QUARANTINE_PREFIX}mini:odd`]: 'raw text' });
    expect(listQuarantine(storage)).toEqual([
      { key: `${QUARANTINE_PREFIX}mini:odd`, module: 'mini', reason: 'not-json', at: '', raw: 'raw text' },
    ]);
  });
});
