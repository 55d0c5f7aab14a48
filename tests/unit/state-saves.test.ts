import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { PlaySession } from '../../src/state/play-session.ts';
import { NarrativeError } from '../../src/narrative/errors.ts';
import {
  checkSave,
  deleteQuarantined,
  listQuarantine,
  pruneQuarantine,
  QUARANTINE_LIMIT,
  QUARANTINE_PREFIX,
  quarantineSave,
  saveKey,
  scanSaves,
} from '../../src/state/saves.ts';
import { keysWithPrefix, memoryStorage } from '../../src/state/storage.ts';
import type { KeyValueStorage } from '../../src/state/storage.ts';
import type { SaveEnvelope } from '../../src/state/saves.ts';

type Save = Record<string, unknown> & Pick<SaveEnvelope, 'record'>;
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

  it('keeps only the record, the steps since the last choice and the learner’s fields', async () => {
    const data = JSON.parse(await savedGame(memoryStorage())) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(
      [
        'finishedAt',
        'format',
        'learner',
        'module',
        'record',
        'reflection',
        'savedAt',
        'startedAt',
        'steps',
        'version',
      ].sort(),
    );
    expect(data).toMatchObject({
      format: 'passerelles-autosave',
      version: 2,
      record: { scenario: 'mini', seed: 4, locale: 'fr', choices: [1] },
      steps: 1,
    });
  });

  it.each([
    ['not JSON', '{"format": "passerelles-autosave", ', 'not-json'],
    ['JSON of another shape', '{"hello": "world"}', 'bad-shape'],
    ['a number', '42', 'bad-shape'],
  ])('refuses %s', (_label, raw, reason) => {
    expect(checkSave(raw, 'mini', miniEntry().storyHash)).toEqual({ ok: false, reason, raw });
  });

  it.each([
    ['a choice that is not a whole number', (d: Save) => ({ ...d, record: { ...d.record, choices: [1.5] } })],
    ['a negative step count', (d: Save) => ({ ...d, steps: -1 })],
    ['a seed out of range', (d: Save) => ({ ...d, record: { ...d.record, seed: 2 ** 32 } })],
    ['no learner', (d: Save) => ({ ...d, learner: undefined })],
  ])('refuses a compact save with %s', async (_label, spoil) => {
    const data = JSON.parse(await savedGame(memoryStorage())) as Save;
    const check = checkSave(JSON.stringify(spoil(data)), 'mini', miniEntry().storyHash);
    expect(check.ok ? null : check.reason).toBe('bad-shape');
  });

  it('migrates a save of the first format (ink state and transcript) to a compact one', async () => {
    const storage = memoryStorage();
    const record = { scenario: 'mini', storyHash: miniEntry().storyHash, seed: 4, locale: 'fr', choices: [1] };
    const learner = { firstName: 'Zoé', sessionCode: 'BTS-2', selfRating: { ethique: 'acquis' } };
    const first = {
      format: 'passerelles-autosave',
      version: 1,
      module: 'mini',
      storyHash: miniEntry().storyHash,
      locale: 'fr',
      savedAt: '2025-03-01T10:00:00.000Z',
      startedAt: '2025-03-01T09:00:00.000Z',
      finishedAt: null,
      runner: {
        format: 'passerelles-save',
        formatVersion: 1,
        record,
        ink: '{"a very long ink state": true}',
        engine: { week: 1 },
        stepsSinceChoice: 1,
        pending: [],
      },
      transcript: [{ kind: 'line', text: 'Bonjour.', speaker: 'ana', mood: 'neutral' }],
      awaiting: 'continue',
      learner,
      reflection: 'Demander avant.',
    };
    storage.setItem(saveKey('mini'), JSON.stringify(first));
    const { saves, quarantined } = scanSaves(storage, new Map([['mini', miniEntry().storyHash]]), now);
    expect(quarantined).toEqual([]);
    const expected = {
      format: 'passerelles-autosave',
      version: 2,
      module: 'mini',
      savedAt: first.savedAt,
      startedAt: first.startedAt,
      finishedAt: null,
      record,
      steps: 1,
      learner,
      reflection: 'Demander avant.',
    };
    expect(saves).toEqual([expected]);
    // Rewritten compact in place.
    expect(JSON.parse(storage.getItem(saveKey('mini')) ?? '')).toEqual(expected);
    // And it resumes where the learner was: after the choice, on the line that followed it.
    const [migrated] = saves;
    if (!migrated) throw new Error('no save');
    const session = await PlaySession.fromRecord(miniEntry(), migrated, { storage, now: () => now });
    expect(session.store.getState().transcript.map((e) => e.text)).toEqual([
      'Bonjour.',
      'Envoyer le dossier',
      'Vous envoyez tout.',
    ]);
    expect(session.store.getState().learner).toEqual(learner);
  });

  it('does not resume a compact save whose record the story cannot replay', async () => {
    const data = JSON.parse(await savedGame(memoryStorage())) as Save;
    const check = checkSave(
      JSON.stringify({ ...data, record: { ...data.record, choices: [1, 0, 0, 1] } }),
      'mini',
      miniEntry().storyHash,
    );
    if (!check.ok) throw new Error(check.reason);
    const resume = PlaySession.fromRecord(miniEntry(), check.envelope, { storage: memoryStorage(), now: () => now });
    await expect(resume).rejects.toThrow(NarrativeError);
    const tooFar = PlaySession.fromRecord(
      miniEntry(),
      { ...check.envelope, record: data.record, steps: 9 },
      { storage: memoryStorage(), now: () => now },
    );
    await expect(tooFar).rejects.toThrow(/steps past its last choice/);
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

  it(`keeps only the ${QUARANTINE_LIMIT} most recent saves set aside, and says how many it deleted`, () => {
    const storage = memoryStorage();
    for (let day = 1; day <= QUARANTINE_LIMIT + 3; day += 1) {
      quarantineSave(storage, 'mini', `save of day ${day}`, 'not-json', new Date(Date.UTC(2025, 0, day)));
    }
    expect(listQuarantine(storage)).toHaveLength(QUARANTINE_LIMIT + 3);
    expect(pruneQuarantine(storage)).toBe(3);
    const kept = listQuarantine(storage).map((q) => q.raw);
    expect(kept).toHaveLength(QUARANTINE_LIMIT);
    expect(kept).not.toContain('save of day 1');
    expect(kept).not.toContain('save of day 3');
    expect(kept).toContain('save of day 4');
    expect(kept).toContain(`save of day ${QUARANTINE_LIMIT + 3}`);
    expect(pruneQuarantine(storage)).toBe(0);
  });

  it('prunes when scanning: a new save set aside pushes out the oldest', () => {
    const storage = memoryStorage();
    for (let day = 1; day <= QUARANTINE_LIMIT; day += 1) {
      quarantineSave(storage, 'mini', `save of day ${day}`, 'not-json', new Date(Date.UTC(2025, 0, day)));
    }
    storage.setItem(saveKey('mini'), '{broken');
    const { quarantined, pruned } = scanSaves(storage, new Map([['mini', miniEntry().storyHash]]), now);
    expect(quarantined.map((q) => q.raw)).toEqual(['{broken']);
    expect(pruned).toBe(1);
    const kept = listQuarantine(storage).map((q) => q.raw);
    expect(kept).toHaveLength(QUARANTINE_LIMIT);
    expect(kept).toContain('{broken');
    expect(kept).not.toContain('save of day 1');
  });

  it('lists a quarantine entry it did not write, so that it can still be downloaded', () => {
    const storage = memoryStorage({ [`${QUARANTINE_PREFIX}mini:odd`]: 'raw text' });
    expect(listQuarantine(storage)).toEqual([
      { key: `${QUARANTINE_PREFIX}mini:odd`, module: 'mini', reason: 'not-json', at: '', raw: 'raw text' },
    ]);
  });
});
