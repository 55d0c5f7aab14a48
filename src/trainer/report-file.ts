// The report file a learner downloads and a trainer imports: a versioned envelope around the
// playthrough record (what the trainer replays), the learner's own fields, and the report's
// figures as the learner's copy of the game computed them (claimed, never trusted).
import * as z from 'zod/mini';
import { LOCALES, PRINCIPLES } from '../engine/ids.ts';
import { LEVELS } from '../engine/principles.ts';
import type { Report } from '../engine/report.ts';
import type { PlaythroughRecord } from '../narrative/runner.ts';
import type { SelfRating } from '../state/learner.ts';

export const REPORT_FORMAT = 'passerelles-report';
export const REPORT_FORMAT_VERSION = 2;
/** Larger files are refused before they are read (a real report weighs a few tens of KB). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** Longer records are refused before they are replayed (the longest module asks for about 60). */
export const MAX_CHOICES = 5_000;
export const MAX_SEED = 2 ** 32 - 1;
export const FIRST_NAME_LIMIT = 60;
export const SESSION_CODE_LIMIT = 40;
export const REFLECTION_LIMIT = 10_000;

const int = z.number().check(z.int());

export const recordSchema = z.strictObject({
  scenario: z.string().check(z.regex(/^[a-z0-9_]{1,40}$/)),
  storyHash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  seed: int.check(z.minimum(0), z.maximum(MAX_SEED)),
  locale: z.enum(LOCALES),
  choices: z.array(int.check(z.minimum(0), z.maximum(255))).check(z.maxLength(MAX_CHOICES)),
});

export const selfRatingSchema = z.partialRecord(z.enum(PRINCIPLES), z.enum(LEVELS));

export const learnerFieldsSchema = z.strictObject({
  firstName: z.string().check(z.maxLength(FIRST_NAME_LIMIT * 4)),
  sessionCode: z.string().check(z.maxLength(SESSION_CODE_LIMIT * 4)),
  selfRating: selfRatingSchema,
  reflection: z.string().check(z.maxLength(REFLECTION_LIMIT)),
});

export const reportFileSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  formatVersion: z.literal(REPORT_FORMAT_VERSION),
  exportedAt: z.string(),
  record: recordSchema,
  learner: learnerFieldsSchema,
  /** The figures as claimed: compared with the replay, never shown as such. */
  report: z.unknown(),
});

export interface LearnerFields {
  readonly firstName: string;
  readonly sessionCode: string;
  readonly selfRating: SelfRating;
  readonly reflection: string;
}

/** `R` is `Report` for a file the game makes, `unknown` for one read from outside. */
export interface ReportFile<R = unknown> {
  readonly format: typeof REPORT_FORMAT;
  readonly formatVersion: typeof REPORT_FORMAT_VERSION;
  readonly exportedAt: string;
  readonly record: PlaythroughRecord;
  readonly learner: LearnerFields;
  readonly report: R;
}

export function makeReportFile(
  report: Report,
  record: PlaythroughRecord,
  learner: LearnerFields,
  exportedAt: Date,
): ReportFile<Report> {
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    record: { ...record, choices: [...record.choices] },
    learner,
    report,
  };
}

/** Why a file is not a report that can be replayed. */
export type UnreadableReason =
  | 'empty'
  | 'too-large'
  | 'encoding'
  | 'not-json'
  | 'not-a-report'
  | 'newer-format'
  | 'too-many-choices'
  | 'does-not-replay'
  | 'bad-checksum';

export type FileRead =
  | { readonly ok: true; readonly file: ReportFile }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first report files (format 1) had the report's own header and the learner's fields at the top. */
function fromFirstFormat(data: Record<string, unknown>): unknown {
  const report = data['report'];
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    exportedAt: '',
    record: data['record'],
    learner: {
      firstName: data['firstName'] ?? '',
      sessionCode: data['sessionCode'] ?? '',
      selfRating: data['selfRating'] ?? {},
      reflection: data['reflection'] ?? '',
    },
    report,
  };
}

/** Checks parsed JSON: a report file of this game (either format), with a record within the limits. */
export function readReportFile(data: unknown): FileRead {
  if (!isRecord(data)) return { ok: false, reason: 'not-a-report', detail: 'the file holds no report' };
  let candidate: unknown = data;
  const nested = data['report'];
  if (data['format'] === undefined && isRecord(nested) && nested['format'] === REPORT_FORMAT) {
    candidate = fromFirstFormat(data);
  } else if (data['format'] !== REPORT_FORMAT) {
    return { ok: false, reason: 'not-a-report', detail: 'it is not a report of Passerelles' };
  } else if (typeof data['formatVersion'] === 'number' && data['formatVersion'] > REPORT_FORMAT_VERSION) {
    return { ok: false, reason: 'newer-format', detail: 'it was made by a newer version of the game' };
  }
  const record = isRecord(candidate) ? candidate['record'] : undefined;
  const choices = isRecord(record) ? record['choices'] : undefined;
  if (Array.isArray(choices) && choices.length > MAX_CHOICES) {
    return { ok: false, reason: 'too-many-choices', detail: `its record has more than ${MAX_CHOICES} choices` };
  }
  const parsed = reportFileSchema.safeParse(candidate);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: 'not-a-report', detail: `it is not a complete report (${where || 'shape'})` };
  }
  return { ok: true, file: parsed.data };
}
