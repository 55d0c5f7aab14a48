import { describe, expect, it } from 'vitest';
import { keepAside, resumeFromPlatform, saveCodeOf } from '../../src/lms/playthrough.ts';
import { SUSPEND_DATA_MAX } from '../../src/lms/scorm12.ts';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { PlaySession } from '../../src/state/play-session.ts';
import { listQuarantine, QUARANTINE_LIMIT, saveKey } from '../../src/state/saves.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { encodeSaveCode } from '../../src/trainer/handin-code.ts';
import { miniEntry } from './state-fixture.ts';

const context = () => ({ storage: memoryStorage(), now: () => new Date('2026-01-01T00:00:00Z') });

async function midGame(): Promise<PlaySession> {
  const session = await PlaySession.start(
    miniEntry(),
    'fr',
    { ...EMPTY_LEARNER, firstName: 'Inès', selfRating: { ethique: 'acquis' } },
    42,
    context(),
  );
  for (let i = 0; i < 40 && session.record.choices.length < 2; i += 1) {
    const state = session.store.getState();
    if (state.awaiting === 'choices') session.choose(state.choices.at(-1)?.index ?? 0);
    else session.continue();
  }
  session.continue();
  return session;
}

describe('the save a platform keeps', () => {
  it('puts the playthrough back at the same line, with the learner’s fields', async () => {
    const session = await midGame();
    const code = saveCodeOf(session);
    expect(code.length).toBeLessThan(SUSPEND_DATA_MAX);
    const resumed = await resumeFromPlatform(miniEntry(), code, context());
    if (!resumed.ok) throw new Error(resumed.reason);
    const before = session.store.getState();
    const after = resumed.session.store.getState();
    expect(after.transcript).toEqual(before.transcript);
    expect(after.awaiting).toBe(before.awaiting);
    expect(after.learner).toEqual(before.learner);
    expect(resumed.session.record).toEqual(session.record);
  });

  it('refuses garbage, another module’s save, or another version of the story', async () => {
    const session = await midGame();
    const saved = session.toSaved();
    const codeFor = (record: typeof saved.record): string =>
      encodeSaveCode({ record, steps: 0, firstName: '', sessionCode: '', selfRating: {}, reflection: '' });
    expect(await resumeFromPlatform(miniEntry(), 'not a save', context())).toEqual({ ok: false, reason: 'not-json' });
    expect(await resumeFromPlatform(miniEntry(), codeFor({ ...saved.record, scenario: 'other' }), context())).toEqual({
      ok: false,
      reason: 'bad-shape',
    });
    expect(
      await resumeFromPlatform(miniEntry(), codeFor({ ...saved.record, storyHash: '0123456789abcdef' }), context()),
    ).toEqual({ ok: false, reason: 'story-changed' });
    // More choices than the story offers: it decodes, but cannot be replayed.
    const impossible = codeFor({ ...saved.record, choices: [...saved.record.choices, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7] });
    expect(await resumeFromPlatform(miniEntry(), impossible, context())).toEqual({
      ok: false,
      reason: 'cannot-restore',
    });
  });
});

describe('keepAside', () => {
  it('keeps what the platform held without touching the module’s own save, within the documented count', () => {
    const storage = memoryStorage({ [saveKey('mini')]: 'the local save' });
    for (let i = 0; i < QUARANTINE_LIMIT + 2; i += 1) {
      expect(keepAside(storage, 'mini', `kept ${i}`, 'not-json', new Date(Date.UTC(2026, 0, 1, 0, i)))).toBe(true);
    }
    expect(storage.getItem(saveKey('mini'))).toBe('the local save');
    const aside = listQuarantine(storage).map((q) => q.raw);
    expect(aside).toHaveLength(QUARANTINE_LIMIT);
    expect(aside).toContain(`kept ${QUARANTINE_LIMIT + 1}`);
    expect(aside).not.toContain('kept 0');
  });
});
