// Replay and verification: a playthrough record reproduces its report exactly, so a claimed
// report can be checked figure by figure.
import { buildReport } from '../engine/report.ts';
import type { Bounds, Report } from '../engine/report.ts';
import { compareReports } from '../engine/verify.ts';
import type { Difference } from '../engine/verify.ts';
import { NarrativeError } from './errors.ts';
import { Runner } from './runner.ts';
import type { CompiledStory, PlaythroughRecord } from './runner.ts';

const MAX_STEPS = 200_000;

/** Replays a record to the story's end (or as far as its choices go) and builds the report. */
export function replayReport(compiled: CompiledStory, bounds: Bounds, record: PlaythroughRecord): Report {
  if (record.locale !== compiled.locale) {
    throw new NarrativeError(
      'bad-record',
      `the record was made in "${record.locale}", the story given is "${compiled.locale}"`,
    );
  }
  const runner = Runner.replay(compiled, record);
  for (let i = 0; i < MAX_STEPS && !runner.ended; i += 1) {
    const step = runner.next();
    if (step.kind === 'choices' || step.kind === 'end') break;
  }
  return buildReport({
    scenario: compiled.scenario,
    state: runner.state,
    bounds,
    locale: compiled.locale,
    storyHash: compiled.storyHash,
    seed: record.seed,
  });
}

export interface Verification {
  readonly verified: boolean;
  readonly differences: readonly Difference[];
  /** Why the record itself could not be replayed, if so. */
  readonly error: string | null;
}

/** Does the claimed report match what its playthrough record really gives? */
export function verify(
  compiled: CompiledStory,
  bounds: Bounds,
  record: PlaythroughRecord,
  claimed: unknown,
): Verification {
  let actual: Report;
  try {
    actual = replayReport(compiled, bounds, record);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { verified: false, differences: [], error: message };
  }
  const differences = compareReports(actual, claimed);
  return { verified: differences.length === 0, differences, error: null };
}
