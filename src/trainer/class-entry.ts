// One report handed in, verified, as the class keeps it. Pure: the worker runs it, and so do the
// unit tests with stories they compile.
import type { ClassEntry, EntrySource } from './class-store.ts';
import { MAX_REPORT_BYTES } from './report-file.ts';
import { recordKey, verifyHandinCode, verifyReportBytes } from './verify-report.ts';
import type { StoryLibrary, Verdict } from './verify-report.ts';
import type { VerifyInput } from './verify-protocol.ts';

/** The identity of what was handed in: its record when it has one, else what it was. */
export function entryKey(input: VerifyInput, verdict: Verdict): string {
  if (verdict.status !== 'unreadable') return recordKey(verdict.record);
  return input.kind === 'file'
    ? `unreadable|file|${input.name}|${input.size}`
    : `unreadable|code|${input.code.toUpperCase()}`;
}

function verdictOf(input: VerifyInput, library: StoryLibrary): Verdict {
  if (input.kind === 'code') return verifyHandinCode(input.code, library);
  // Refused before reading: the page never loads a file over the limit.
  if (input.bytes === null || input.size > MAX_REPORT_BYTES) {
    return {
      status: 'unreadable',
      origin: 'file',
      reason: 'too-large',
      detail: `the file is over ${MAX_REPORT_BYTES / 1024 / 1024} MB`,
      learner: null,
    };
  }
  return verifyReportBytes(input.bytes, library);
}

export function classEntryOf(input: VerifyInput, library: StoryLibrary): ClassEntry {
  const verdict = verdictOf(input, library);
  // A file that is a report (even one that does not replay) is kept to be verified again.
  const isReport = verdict.status !== 'unreadable' || verdict.learner !== null;
  const source: EntrySource =
    input.kind === 'code'
      ? { kind: 'code', code: input.code, via: input.via }
      : {
          kind: 'file',
          name: input.name,
          // (TextDecoder drops a UTF-8 byte order mark)
          json: isReport && input.bytes !== null ? new TextDecoder().decode(input.bytes) : null,
        };
  const learner = verdict.learner;
  return {
    key: entryKey(input, verdict),
    source,
    addedAt: input.addedAt,
    firstName: learner?.firstName ?? '',
    sessionCode: learner?.sessionCode ?? '',
    selfRating: learner?.selfRating ?? {},
    verdict,
  };
}
