// Verifying what learners hand in, file in and status out: a report file (bytes) or a hand-in
// code is read defensively, its playthrough record is replayed with the very story version it was
// played with, and the claimed figures are compared with the replay's. Pure: the stories come from
// a library the caller fills (the trainer space loads them; tests compile them).
import type { Locale } from '../engine/ids.ts';
import { buildReport } from '../engine/report.ts';
import type { Bounds, Report } from '../engine/report.ts';
import { compareReports } from '../engine/verify.ts';
import type { Difference } from '../engine/verify.ts';
import type { Scenario } from '../engine/world.ts';
import { Runner } from '../narrative/runner.ts';
import type { ChoiceView, PlaythroughRecord, ReplayOptions } from '../narrative/runner.ts';
import type { Handin } from './handin-code.ts';
import { decodeHandin } from './handin-code.ts';
import { MAX_CHOICES, MAX_REPORT_BYTES, readReportFile } from './report-file.ts';
import type { LearnerFields, UnreadableReason } from './report-file.ts';

/** One version of a scenario, compiled, as the library holds it. */
export interface StoryVersion {
  readonly scenario: Scenario;
  readonly storyHash: string;
  readonly bounds: Bounds;
  readonly json: Readonly<Record<Locale, string>>;
}

export type Resolution =
  | { readonly kind: 'found'; readonly story: StoryVersion }
  | { readonly kind: 'unknown-module' }
  | { readonly kind: 'other-version' };

export interface StoryLibrary {
  resolve(scenario: string, storyHash: string): Resolution;
}

/** A library of the versions given; a module is known when any of its versions is. */
export function storyLibrary(versions: readonly StoryVersion[], modules: readonly string[] = []): StoryLibrary {
  const known = new Set([...modules, ...versions.map((v) => v.scenario.id)]);
  const byKey = new Map(versions.map((v) => [`${v.scenario.id}|${v.storyHash}`, v]));
  return {
    resolve(scenario, storyHash) {
      const story = byKey.get(`${scenario}|${storyHash}`);
      if (story) return { kind: 'found', story };
      return known.has(scenario) ? { kind: 'other-version' } : { kind: 'unknown-module' };
    },
  };
}

/** A decision as the replay met it: the option taken and every option offered, by their place in the story. */
export interface DecisionTaken {
  readonly site: string;
  readonly index: number;
  readonly week: number;
  readonly offered: readonly string[];
}

export interface Replayed {
  readonly report: Report;
  readonly decisions: readonly DecisionTaken[];
}

export type Origin = 'file' | 'code';

export type UnreadableWhy = UnreadableReason | 'unknown-module';

/** What a report's check says; `R` is what is kept of the replay (all of it, unless said otherwise). */
export type Verdict<R = Replayed> =
  | {
      readonly status: 'verified';
      readonly origin: Origin;
      readonly record: PlaythroughRecord;
      readonly learner: LearnerFields;
      readonly replay: R;
    }
  | {
      readonly status: 'altered';
      readonly origin: Origin;
      readonly record: PlaythroughRecord;
      readonly learner: LearnerFields;
      readonly replay: R;
      /** Each figure that differs: claimed against replayed. */
      readonly differences: readonly Difference[];
    }
  | {
      readonly status: 'other-version';
      readonly origin: Origin;
      readonly record: PlaythroughRecord;
      readonly learner: LearnerFields;
      /** The figures as claimed: they cannot be checked, and are shown as unverified. */
      readonly claimed: unknown;
    }
  | {
      readonly status: 'unreadable';
      readonly origin: Origin;
      readonly reason: UnreadableWhy;
      readonly detail: string;
      /** What could be read of the learner, to say whose file it was. */
      readonly learner: LearnerFields | null;
    };

const MAX_STEPS = 200_000;

export class ReplayError extends Error {}

/**
 * One runner per story version and language, kept from one record to the next: a class replays
 * the same story hundreds of times, and loading it again each time would cost more than the replay.
 */
const runners = new WeakMap<StoryVersion, Partial<Record<Locale, Runner>>>();

function replayOn(story: StoryVersion, record: PlaythroughRecord, options: ReplayOptions): Runner {
  const kept = runners.get(story) ?? {};
  runners.set(story, kept);
  const existing = kept[record.locale];
  if (existing) return existing.replay(record, options);
  const compiled = {
    scenario: story.scenario,
    json: story.json[record.locale],
    locale: record.locale,
    storyHash: story.storyHash,
  };
  const runner = Runner.replay(compiled, record, options);
  kept[record.locale] = runner;
  return runner;
}

/** Replays a record with its story version to the end (or as far as its choices go). */
export function replayRecord(story: StoryVersion, record: PlaythroughRecord): Replayed {
  if (record.choices.length > MAX_CHOICES) throw new ReplayError(`more than ${MAX_CHOICES} choices`);
  const offered: ChoiceView[][] = [];
  let runner: Runner;
  try {
    runner = replayOn(story, record, {
      stepsAfter: MAX_STEPS,
      onStep: (step, made) => {
        if (step.kind === 'choices') offered[made] = [...step.choices];
      },
    });
  } catch (error) {
    throw new ReplayError(error instanceof Error ? error.message : String(error));
  }
  const decisions = record.choices.map((index, made): DecisionTaken => {
    const choices = offered[made] ?? [];
    return {
      site: choices.find((c) => c.index === index)?.site ?? '',
      index,
      week: runner.state.decisions[made]?.week ?? runner.state.week,
      offered: choices.map((c) => c.site),
    };
  });
  const report = buildReport({
    scenario: story.scenario,
    state: runner.state,
    bounds: story.bounds,
    locale: record.locale,
    storyHash: story.storyHash,
    seed: record.seed,
  });
  return { report, decisions };
}

/** The identity of a playthrough: the same record imported twice is one learner's result. */
export function recordKey(record: PlaythroughRecord): string {
  return [record.scenario, record.storyHash, record.seed, record.locale, record.choices.join('.')].join('|');
}

function unreadable(
  origin: Origin,
  reason: UnreadableWhy,
  detail: string,
  learner: LearnerFields | null = null,
): Verdict {
  return { status: 'unreadable', origin, reason, detail, learner };
}

/** Replays and, for a file, compares: the common end of both ways in. */
function judge(
  origin: Origin,
  record: PlaythroughRecord,
  learner: LearnerFields,
  claimed: unknown,
  library: StoryLibrary,
): Verdict {
  const found = library.resolve(record.scenario, record.storyHash);
  if (found.kind === 'unknown-module') {
    return unreadable(origin, 'unknown-module', `the module "${record.scenario}" is not in this game`, learner);
  }
  if (found.kind === 'other-version') return { status: 'other-version', origin, record, learner, claimed };
  let replay: Replayed;
  try {
    replay = replayRecord(found.story, record);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return unreadable(origin, 'does-not-replay', `the record does not replay: ${message}`, learner);
  }
  if (origin === 'code') return { status: 'verified', origin, record, learner, replay };
  const differences = compareReports(replay.report, claimed);
  return differences.length === 0
    ? { status: 'verified', origin, record, learner, replay }
    : { status: 'altered', origin, record, learner, replay, differences };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A report file's bytes as text: size and encoding checked before anything is parsed. */
export type ReportText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly verdict: Verdict };

export function reportText(bytes: Uint8Array): ReportText {
  const refused = (reason: UnreadableWhy, detail: string): ReportText => ({
    ok: false,
    verdict: unreadable('file', reason, detail),
  });
  if (bytes.length === 0) return refused('empty', 'the file is empty');
  if (bytes.length > MAX_REPORT_BYTES) {
    return refused('too-large', `the file is over ${MAX_REPORT_BYTES / 1024 / 1024} MB`);
  }
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || bytes.subarray(0, 4096).includes(0)) {
    return refused('encoding', 'the file is in UTF-16: save it as UTF-8, or export it again from the game');
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return refused('encoding', 'the file is not UTF-8 text');
  }
}

/** A report file's text (see `reportText`): parsed, checked, replayed and compared. */
export function verifyReportText(text: string, library: StoryLibrary): Verdict {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unreadable('file', 'not-json', 'the file is not JSON');
  }
  const read = readReportFile(data);
  if (!read.ok) return unreadable('file', read.reason, read.detail);
  return judge('file', read.file.record, read.file.learner, read.file.report, library);
}

/** A report file as it came (its bytes). */
export function verifyReportBytes(bytes: Uint8Array, library: StoryLibrary): Verdict {
  const read = reportText(bytes);
  return read.ok ? verifyReportText(read.text, library) : read.verdict;
}

/** A hand-in code as typed, pasted or scanned. */
export function verifyHandinCode(code: string, library: StoryLibrary): Verdict {
  const decoded = decodeHandin(code);
  if (!decoded.ok) {
    const reason: UnreadableWhy = decoded.reason === 'not-a-code' ? 'not-a-report' : 'bad-checksum';
    return unreadable('code', reason, decoded.message);
  }
  return verifyHandin(decoded.value, library);
}

export function verifyHandin(handin: Handin, library: StoryLibrary): Verdict {
  const learner: LearnerFields = {
    firstName: handin.firstName,
    sessionCode: handin.sessionCode,
    selfRating: handin.selfRating,
    reflection: '',
  };
  return judge('code', handin.record, learner, null, library);
}
