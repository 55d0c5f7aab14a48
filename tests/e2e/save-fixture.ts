// Playthroughs as the game saves them, for the tests that start from a save.
import { expect } from 'vitest';
import { Runner } from '../../src/narrative/runner.ts';
import { playThrough, story } from '../stories/load.ts';

/**
 * A finished playthrough of the Dumas module (always the first option), as the game saves it: the
 * game resumes it on its report. Played in Node, to keep the browser's time for the report.
 */
export function finishedDumasSave(storiesDir: string): string {
  const compiled = story(`${storiesDir}/dumas`);
  const { runner } = playThrough(compiled, () => 0);
  // The end itself is read ahead, not shown: the save counts the lines shown since the last choice.
  const steps = runner.stepsSinceChoice - 1;
  expect(Runner.replay(compiled, runner.record, { stepsAfter: steps }).next().kind).toBe('end');
  return autosave('dumas', runner.record, {
    steps,
    startedAt: '2025-01-06T08:00:00.000Z',
    finishedAt: '2025-01-06T09:00:00.000Z',
  });
}

/** The autosave of a playthrough of `module` (its record as the runner writes it), as JSON. */
export function autosave(
  module: string,
  record: { scenario: string; storyHash: string; seed: number; locale: string; choices: readonly number[] },
  { steps = 1, startedAt = '2025-01-06T09:00:00.000Z', finishedAt = null as string | null } = {},
): string {
  return JSON.stringify({
    format: 'passerelles-autosave',
    version: 2,
    module,
    savedAt: '2025-01-06T09:00:00.000Z',
    startedAt,
    finishedAt,
    record,
    steps,
    learner: { firstName: '', sessionCode: '', selfRating: {} },
    reflection: '',
  });
}
