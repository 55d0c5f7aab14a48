// The play session as a platform sees it (its save as a compact code), and the way back from the
// code a platform kept: decoded, checked against this package's module, replayed.
import type { ScenarioEntry } from '../content/catalogue.ts';
import { NarrativeError } from '../narrative/errors.ts';
import { PlaySession } from '../state/play-session.ts';
import type { SessionContext } from '../state/play-session.ts';
import { pruneQuarantine, QUARANTINE_PREFIX } from '../state/saves.ts';
import type { QuarantineReason } from '../state/saves.ts';
import type { KeyValueStorage } from '../state/storage.ts';
import { tryWrite } from '../state/storage.ts';
import { decodeSaveCode, encodeSaveCode } from '../trainer/handin-code.ts';
import type { LmsPlaythrough } from './adapter.ts';

/** The compact save code of a session: the record, the steps since the last choice, the learner's fields. */
export function saveCodeOf(session: PlaySession): string {
  const saved = session.toSaved();
  return encodeSaveCode({
    record: saved.record,
    steps: saved.steps,
    firstName: saved.learner.firstName,
    sessionCode: saved.learner.sessionCode,
    selfRating: saved.learner.selfRating,
    reflection: saved.reflection,
  });
}

export function lmsPlaythrough(session: PlaySession): LmsPlaythrough {
  return {
    module: session.scenario.id,
    store: session.store,
    saveCode: () => saveCodeOf(session),
    report: () => session.report(),
  };
}

export type PlatformResume =
  { readonly ok: true; readonly session: PlaySession } | { readonly ok: false; readonly reason: QuarantineReason };

/** Puts back on screen the playthrough a platform kept as a save code, if it is one of this module's. */
export async function resumeFromPlatform(
  entry: ScenarioEntry,
  code: string,
  context: SessionContext,
): Promise<PlatformResume> {
  const decoded = decodeSaveCode(code);
  if (!decoded.ok) return { ok: false, reason: 'not-json' };
  const save = decoded.value;
  if (save.record.scenario !== entry.scenario.id) return { ok: false, reason: 'bad-shape' };
  if (save.record.storyHash !== entry.storyHash) return { ok: false, reason: 'story-changed' };
  const now = context.now().toISOString();
  try {
    const session = await PlaySession.fromRecord(
      entry,
      {
        record: save.record,
        steps: save.steps,
        learner: { firstName: save.firstName, sessionCode: save.sessionCode, selfRating: save.selfRating },
        reflection: save.reflection,
        // The code does not carry dates: the platform keeps its own.
        startedAt: now,
        finishedAt: null,
      },
      context,
    );
    return { ok: true, session };
  } catch (error) {
    if (error instanceof NarrativeError) return { ok: false, reason: 'cannot-restore' };
    throw error;
  }
}

/**
 * Keeps what the platform held beside the device's own saves, as a save set aside (the title screen
 * lists it and offers it for download). Unlike a damaged autosave, the module's autosave stays.
 */
export function keepAside(
  storage: KeyValueStorage,
  module: string,
  raw: string,
  reason: QuarantineReason,
  now: Date,
): boolean {
  const at = now.toISOString();
  let key = `${QUARANTINE_PREFIX}${module}:${at}`;
  for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${QUARANTINE_PREFIX}${module}:${at}:${n}`;
  const kept = tryWrite(storage, key, JSON.stringify({ module, reason, at, raw }));
  pruneQuarantine(storage);
  return kept;
}
