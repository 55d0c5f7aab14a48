// One report handed in, verified, as the class keeps it. Pure: the worker runs it, and so do the
// unit tests with stories they compile.
import type { ClassEntry, ClassVerdict, EntrySource, KeptReplay } from './class-store.ts';
import { MAX_REPORT_BYTES } from './report-file.ts';
import { recordKey, reportText, verifyHandinCode, verifyReportText } from './verify-report.ts';
import type { Replayed, StoryLibrary, Verdict } from './verify-report.ts';
import type { VerifyInput } from './verify-protocol.ts';

/** The identity of what was handed in: its record when it has one, else what it was. */
export function entryKey(input: VerifyInput, verdict: Verdict): string {
  if (verdict.status !== 'unreadable') return recordKey(verdict.record);
  return input.kind === 'file'
    ? `unreadable|file|${input.name}|${input.size}`
    : `unreadable|code|${input.code.toUpperCase()}`;
}

/** The verdict on what was handed in. */
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
  const read = reportText(input.bytes);
  return read.ok ? verifyReportText(read.text, library) : read.verdict;
}

/** What the class keeps of a replay (see `KeptReplay`). */
function kept({ report, decisions }: Replayed): KeptReplay {
  return {
    report: {
      scenario: { id: report.scenario.id },
      principles: report.principles.map(({ id, level, percent }) => ({ id, level, percent })),
      beneficiaries: report.beneficiaries,
    },
    decisions: decisions.map(({ site, offered }) => ({ site, offered })),
  };
}

function keptVerdict(verdict: Verdict): ClassVerdict {
  switch (verdict.status) {
    case 'verified':
    case 'altered':
      return { ...verdict, replay: kept(verdict.replay) };
    case 'other-version':
    case 'unreadable':
      return verdict;
  }
}

export function classEntryOf(input: VerifyInput, library: StoryLibrary): ClassEntry {
  const verdict = verdictOf(input, library);
  // A file that is a report (even one that does not replay) is kept, as read, to be verified again.
  const isReport = verdict.status !== 'unreadable' || verdict.learner !== null;
  const source: EntrySource =
    input.kind === 'code'
      ? { kind: 'code', code: input.code, via: input.via }
      : { kind: 'file', name: input.name, bytes: isReport ? input.bytes : null };
  const learner = verdict.learner;
  return {
    key: entryKey(input, verdict),
    source,
    addedAt: input.addedAt,
    firstName: learner?.firstName ?? '',
    sessionCode: learner?.sessionCode ?? '',
    selfRating: learner?.selfRating ?? {},
    verdict: keptVerdict(verdict),
  };
}
