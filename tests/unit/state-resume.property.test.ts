// Resuming by replay: whatever the learner did, a compact save puts back on screen exactly what
// live play showed (the transcript, who speaks, what is awaited, the state), in either language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioEntry } from '../../src/content/catalogue.ts';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { PlaySession } from '../../src/state/play-session.ts';
import type { PlayState } from '../../src/state/play-store.ts';
import { checkSave, saveKey } from '../../src/state/saves.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { source } from '../stories/load.ts';
import { miniEntry } from './state-fixture.ts';

function entryOf(dir: string): ScenarioEntry {
  const s = source(dir);
  return {
    scenario: s.scenario,
    storyHash: s.storyHash,
    bounds: {},
    load: { fr: () => Promise.resolve(s.ink.fr.json), en: () => Promise.resolve(s.ink.en.json) },
    archive: {},
    decisions: () => Promise.reject(new Error('no decision map here')),
  };
}

const now = (): Date => new Date(Date.UTC(2025, 0, 6, 9, 0, 0));

/** What the screen shows (the feedback of the last line is not put back: it was shown once). */
const onScreen = (s: PlayState): PlayState => ({ ...s, feedback: { serial: 0, items: [] }, saved: true });

/** Plays `moves` live (a pick among the choices on offer, or a continue), stopping after `stop` moves. */
async function playLive(entry: ScenarioEntry, seed: number, moves: readonly number[]) {
  const storage = memoryStorage();
  const session = await PlaySession.start(entry, 'fr', EMPTY_LEARNER, seed, { storage, now });
  for (const move of moves) {
    const s = session.store.getState();
    if (s.awaiting === 'end') break;
    if (s.awaiting === 'choices') session.choose(s.choices[move % s.choices.length]?.index ?? 0);
    else session.continue();
  }
  return { session, storage };
}

describe.each([
  ['mini', 'tests/fixtures/stories/mini', 20],
  ['the campaign', 'stories/saison', 200],
])('resuming %s from its compact save', (_name, dir, maxMoves) => {
  const entry = dir.endsWith('mini') ? miniEntry() : entryOf(dir);

  it('shows exactly what live play showed, after any sequence of choices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.nat({ max: 8 }), { minLength: 0, maxLength: maxMoves }),
        async (seed, moves) => {
          const { session, storage } = await playLive(entry, seed, moves);
          const check = checkSave(
            storage.getItem(saveKey(entry.scenario.id)) ?? '',
            entry.scenario.id,
            entry.storyHash,
          );
          if (!check.ok) throw new Error(check.reason);
          const resumed = await PlaySession.fromRecord(entry, check.envelope, { storage: memoryStorage(), now });
          expect(onScreen(resumed.store.getState())).toEqual(onScreen(session.store.getState()));
          // And both go on the same way.
          session.continue();
          resumed.continue();
          expect(resumed.store.getState().transcript).toEqual(session.store.getState().transcript);
        },
      ),
      { numRuns: dir.endsWith('mini') ? 60 : 15 },
    );
  });

  it('shows the same thing after a switch to English and back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: maxMoves }),
        async (seed, moves) => {
          const { session } = await playLive(entry, seed, moves);
          const live = onScreen(session.store.getState());
          await session.setLocale('en');
          const english = session.store.getState();
          expect(english.transcript).toHaveLength(live.transcript.length);
          expect(english.transcript.map((e) => e.kind)).toEqual(live.transcript.map((e) => e.kind));
          // The same state, save for the texts kept in the journal (they are in the story's language).
          const figures = (e: PlayState['engine']) => ({
            ...e,
            decisions: e.decisions.map((d) => [d.week, d.index]),
            evidence: e.evidence.map((x) => [x.week, x.principle, x.points, x.source]),
          });
          expect(figures(english.engine)).toEqual(figures(live.engine));
          await session.setLocale('fr');
          expect(onScreen(session.store.getState())).toEqual(live);
        },
      ),
      { numRuns: dir.endsWith('mini') ? 30 : 8 },
    );
  });
});
