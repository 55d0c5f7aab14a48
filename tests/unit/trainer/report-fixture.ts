// Report files as the game writes them, for the mini fixture story: what the trainer tests hand in,
// edit or break.
import { buildReport } from '../../../src/engine/report.ts';
import { Runner } from '../../../src/narrative/runner.ts';
import { makeReportFile } from '../../../src/trainer/report-file.ts';
import type { LearnerFields } from '../../../src/trainer/report-file.ts';
import type { StoryVersion } from '../../../src/trainer/verify-report.ts';
import { miniEntry } from '../state-fixture.ts';

/** The mini fixture's current version, as the verifier loads it. */
export async function miniVersion(): Promise<StoryVersion> {
  const mini = miniEntry();
  return {
    scenario: mini.scenario,
    storyHash: mini.storyHash,
    bounds: mini.bounds,
    json: { fr: await mini.load.fr(), en: await mini.load.en() },
  };
}

/**
 * The report file of the mini fixture played in French with `choices` and `seed`, as parsed JSON: a
 * fresh copy each time, free to edit.
 */
export async function miniReportFile(
  choices: readonly number[],
  seed: number,
  learner: LearnerFields,
): Promise<Record<string, unknown>> {
  const version = await miniVersion();
  const compiled = {
    scenario: version.scenario,
    json: version.json.fr,
    locale: 'fr' as const,
    storyHash: version.storyHash,
  };
  const runner = Runner.replay(compiled, {
    scenario: version.scenario.id,
    storyHash: version.storyHash,
    seed,
    locale: 'fr',
    choices,
  });
  while (!runner.ended && runner.next().kind !== 'end');
  const report = buildReport({
    scenario: version.scenario,
    state: runner.state,
    bounds: version.bounds,
    locale: 'fr',
    storyHash: version.storyHash,
    seed,
  });
  return JSON.parse(JSON.stringify(makeReportFile(report, runner.record, learner, new Date(0)))) as Record<
    string,
    unknown
  >;
}

/** The bytes of a file holding `value` as JSON, as the trainer's file picker reads them. */
export const jsonBytes = (value: unknown): Uint8Array<ArrayBuffer> => new TextEncoder().encode(JSON.stringify(value));
