// Autosaves: one per module under `passerelles:save:<module>`, versioned and tied to the story hash.
// A save is compact: the playthrough record (seed, language, choices), how many steps were shown
// since the last choice, and the learner's own fields; resuming replays the record. Saves of the
// first format (which held ink's whole state and the transcript) are migrated when read.
// A save that cannot be resumed (corrupt, wrong shape, made with another version of the story) is
// never dropped silently: it is moved under `passerelles:quarantine:…`, the learner is told, and can
// download it. Only the QUARANTINE_LIMIT most recent saves set aside are kept.
import * as z from 'zod/mini';
import { LOCALES } from '../engine/ids.ts';
import type { PlaythroughRecord } from '../narrative/runner.ts';
import type { Learner } from './learner.ts';
import { learnerSchema } from './learner.ts';
import type { KeyValueStorage } from './storage.ts';
import { keysWithPrefix, tryWrite } from './storage.ts';

export const SAVE_PREFIX = 'passerelles:save:';
export const QUARANTINE_PREFIX = 'passerelles:quarantine:';
export const SAVE_FORMAT = 'passerelles-autosave';
export const SAVE_VERSION = 2;
/** Saves set aside beyond this count are deleted, oldest first (and the learner is told). */
export const QUARANTINE_LIMIT = 10;

export const saveKey = (module: string): string => `${SAVE_PREFIX}${module}`;

/** Everything needed to put a playthrough back on screen exactly where it was, by replaying it. */
export interface SaveEnvelope {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly module: string;
  readonly savedAt: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly record: PlaythroughRecord;
  /** Steps shown since the last choice. */
  readonly steps: number;
  readonly learner: Learner;
  readonly reflection: string;
}

const count = z.number().check(z.int(), z.nonnegative());

const recordSchema = z.object({
  scenario: z.string(),
  storyHash: z.string(),
  seed: count.check(z.lt(2 ** 32)),
  locale: z.enum(LOCALES),
  choices: z.array(count),
});

const envelopeSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  module: z.string(),
  savedAt: z.string(),
  startedAt: z.string(),
  finishedAt: z.nullable(z.string()),
  record: recordSchema,
  steps: count,
  learner: learnerSchema,
  reflection: z.string(),
});

/**
 * The first format: the runner's whole state and the transcript beside the record. Only what a
 * compact save keeps is read (ink's and the engine's states are rebuilt by replaying the record).
 */
const firstFormatSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(1),
  module: z.string(),
  savedAt: z.string(),
  startedAt: z.string(),
  finishedAt: z.nullable(z.string()),
  runner: z.object({
    format: z.literal('passerelles-save'),
    formatVersion: z.literal(1),
    record: recordSchema,
    stepsSinceChoice: count,
  }),
  learner: learnerSchema,
  reflection: z.string(),
});

/** A save of the first format, made compact; null if it is not one. */
function migrateFirstFormat(data: unknown): SaveEnvelope | null {
  const parsed = firstFormatSchema.safeParse(data);
  if (!parsed.success) return null;
  const old = parsed.data;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    module: old.module,
    savedAt: old.savedAt,
    startedAt: old.startedAt,
    finishedAt: old.finishedAt,
    record: old.runner.record,
    steps: old.runner.stepsSinceChoice,
    learner: old.learner,
    reflection: old.reflection,
  };
}

/** Why a save was set aside. */
export type QuarantineReason =
  | 'not-json' // not readable at all
  | 'bad-shape' // readable, but not a save of this game (or of this version of it)
  | 'story-changed' // made with another version of the story
  | 'unknown-module' // the module is no longer in the game
  | 'cannot-restore'; // looked right, but the story could not be put back in that state

export type SaveCheck =
  | { readonly ok: true; readonly envelope: SaveEnvelope; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: QuarantineReason; readonly raw: string };

/** Checks a stored save against the module's current story hash (undefined: the module is gone). */
export function checkSave(raw: string, module: string, storyHash: string | undefined): SaveCheck {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json', raw };
  }
  const parsed = envelopeSchema.safeParse(data);
  const migrated = parsed.success ? null : migrateFirstFormat(data);
  const envelope: SaveEnvelope | null = parsed.success ? parsed.data : migrated;
  if (envelope === null || envelope.module !== module || envelope.record.scenario !== module) {
    return { ok: false, reason: 'bad-shape', raw };
  }
  if (storyHash === undefined) return { ok: false, reason: 'unknown-module', raw };
  if (envelope.record.storyHash !== storyHash) return { ok: false, reason: 'story-changed', raw };
  return { ok: true, envelope, migrated: migrated !== null };
}

export function writeSave(storage: KeyValueStorage, envelope: SaveEnvelope): boolean {
  return tryWrite(storage, saveKey(envelope.module), JSON.stringify(envelope));
}

/** A save set aside: what it was, why, when, and its text exactly as it was stored. */
export interface QuarantinedSave {
  readonly key: string;
  readonly module: string;
  readonly reason: QuarantineReason;
  readonly at: string;
  readonly raw: string;
}

const quarantineSchema = z.object({
  module: z.string(),
  reason: z.enum(['not-json', 'bad-shape', 'story-changed', 'unknown-module', 'cannot-restore']),
  at: z.string(),
  raw: z.string(),
});

/** Moves the save of `module` aside. Returns null if even that could not be written (then it stays put). */
export function quarantineSave(
  storage: KeyValueStorage,
  module: string,
  raw: string,
  reason: QuarantineReason,
  now: Date,
): QuarantinedSave | null {
  const at = now.toISOString();
  let key = `${QUARANTINE_PREFIX}${module}:${at}`;
  for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${QUARANTINE_PREFIX}${module}:${at}:${n}`;
  if (!tryWrite(storage, key, JSON.stringify({ module, reason, at, raw }))) return null;
  storage.removeItem(saveKey(module));
  return { key, module, reason, at, raw };
}

/**
 * Deletes the saves set aside beyond the QUARANTINE_LIMIT most recent (by the date they were set
 * aside, then by key). Returns how many were deleted.
 */
export function pruneQuarantine(storage: KeyValueStorage): number {
  const kept = listQuarantine(storage);
  if (kept.length <= QUARANTINE_LIMIT) return 0;
  const oldestFirst = kept.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
  const extra = oldestFirst.slice(0, kept.length - QUARANTINE_LIMIT);
  for (const q of extra) storage.removeItem(q.key);
  return extra.length;
}

export function listQuarantine(storage: KeyValueStorage): QuarantinedSave[] {
  return keysWithPrefix(storage, QUARANTINE_PREFIX).flatMap((key): QuarantinedSave[] => {
    const raw = storage.getItem(key) ?? '';
    try {
      const parsed = quarantineSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return [{ key, ...parsed.data }];
    } catch {
      // Not written by us: still listed, so that the learner can download it.
    }
    const module = key.slice(QUARANTINE_PREFIX.length).split(':')[0] ?? '';
    return [{ key, module, reason: 'not-json', at: '', raw }];
  });
}

export function deleteQuarantined(storage: KeyValueStorage, key: string): void {
  if (key.startsWith(QUARANTINE_PREFIX)) storage.removeItem(key);
}

/**
 * Reads every autosave: the ones that fit their story are returned (saves of the first format are
 * rewritten compact); the others are moved aside, and the oldest saves set aside beyond
 * QUARANTINE_LIMIT are deleted. `hashes` maps each module of the game to its current story hash.
 */
export function scanSaves(
  storage: KeyValueStorage,
  hashes: ReadonlyMap<string, string>,
  now: Date,
): { saves: SaveEnvelope[]; quarantined: QuarantinedSave[]; pruned: number } {
  const saves: SaveEnvelope[] = [];
  const quarantined: QuarantinedSave[] = [];
  for (const key of keysWithPrefix(storage, SAVE_PREFIX)) {
    const module = key.slice(SAVE_PREFIX.length);
    const raw = storage.getItem(key);
    if (raw === null) continue;
    const check = checkSave(raw, module, hashes.get(module));
    if (check.ok) {
      saves.push(check.envelope);
      // If the compact form cannot be written, the first one stays and is migrated again next time.
      if (check.migrated) writeSave(storage, check.envelope);
    } else {
      const aside = quarantineSave(storage, module, raw, check.reason, now);
      if (aside) quarantined.push(aside);
    }
  }
  const pruned = pruneQuarantine(storage);
  saves.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { saves, quarantined, pruned };
}
