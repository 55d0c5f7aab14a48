// Autosaves: one per module under `passerelles:save:<module>`, versioned and tied to the story hash.
// A save that cannot be resumed (corrupt, wrong shape, made with another version of the story) is
// never dropped: it is moved under `passerelles:quarantine:…`, the learner is told, and can download it.
import * as z from 'zod/mini';
import { LOCALES, MOODS, PRINCIPLES, SCENES } from '../engine/ids.ts';
import type { Locale } from '../engine/ids.ts';
import { RULES } from '../engine/state.ts';
import type { Save } from '../narrative/runner.ts';
import type { Learner } from './learner.ts';
import { learnerSchema } from './learner.ts';
import type { Awaiting, TranscriptEntry } from './play-store.ts';
import type { KeyValueStorage } from './storage.ts';
import { keysWithPrefix, tryWrite } from './storage.ts';

export const SAVE_PREFIX = 'passerelles:save:';
export const QUARANTINE_PREFIX = 'passerelles:quarantine:';
export const SAVE_FORMAT = 'passerelles-autosave';
export const SAVE_VERSION = 1;

export const saveKey = (module: string): string => `${SAVE_PREFIX}${module}`;

/** Everything needed to put a playthrough back on screen exactly where it was. */
export interface SaveEnvelope {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly module: string;
  readonly storyHash: string;
  readonly locale: Locale;
  readonly savedAt: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** The runner's own save, taken right after the last thing shown. */
  readonly runner: Save;
  readonly transcript: readonly TranscriptEntry[];
  readonly awaiting: Awaiting;
  readonly learner: Learner;
  readonly reflection: string;
}

const int = z.number().check(z.int());
const num = z.number().check(z.refine(Number.isFinite));

const engineSchema = z.object({
  week: int,
  timeLeft: num,
  partners: z.record(z.string(), z.object({ trust: num, lastContact: z.nullable(int) })),
  bonds: z.record(z.string(), num),
  beneficiaries: z.record(
    z.string(),
    z.object({
      needs: z.array(z.string()),
      consent: z.boolean(),
      shared: z.array(z.string()),
      referrals: z.array(z.string()),
      solved: z.array(z.string()),
    }),
  ),
  promises: z.array(
    z.object({
      partner: z.string(),
      text: z.string(),
      made: int,
      due: int,
      status: z.enum(['open', 'kept', 'missed']),
      closed: z.nullable(int),
    }),
  ),
  evidence: z.array(
    z.object({
      week: int,
      principle: z.enum(PRINCIPLES),
      points: num,
      source: z.enum(['tag', ...RULES]),
      feedback: z.nullable(z.string()),
      subject: z.object({
        partner: z.optional(z.string()),
        beneficiary: z.optional(z.string()),
        promise: z.optional(z.string()),
        lastContact: z.optional(int),
      }),
      decision: z.nullable(int),
    }),
  ),
  decisions: z.array(z.object({ week: int, index: int, text: z.string() })),
  events: z.array(z.object({ id: z.string(), week: int })),
  scene: z.enum(SCENES),
  rng: num,
  ended: z.boolean(),
});

const choiceSchema = z.object({ index: int, text: z.string(), place: z.nullable(z.string()), site: z.string() });

const stepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('line'),
    text: z.string(),
    speaker: z.nullable(z.string()),
    mood: z.enum(MOODS),
    scene: z.enum(SCENES),
    evidence: engineSchema.shape.evidence,
    trust: z.record(z.string(), num),
  }),
  z.object({ kind: z.literal('event'), id: z.string(), text: z.string(), week: int }),
  z.object({ kind: z.literal('choices'), choices: z.array(choiceSchema) }),
  z.object({ kind: z.literal('end') }),
]);

const runnerSaveSchema = z.object({
  format: z.literal('passerelles-save'),
  formatVersion: z.literal(1),
  record: z.object({
    scenario: z.string(),
    storyHash: z.string(),
    seed: int,
    locale: z.enum(LOCALES),
    choices: z.array(int),
  }),
  ink: z.string(),
  engine: engineSchema,
  stepsSinceChoice: int,
  pending: z.array(stepSchema),
});

const transcriptSchema = z.array(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('line'), text: z.string(), speaker: z.nullable(z.string()), mood: z.enum(MOODS) }),
    z.object({ kind: z.literal('event'), text: z.string(), week: int }),
    z.object({ kind: z.literal('choice'), text: z.string() }),
  ]),
);

const envelopeSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  module: z.string(),
  storyHash: z.string(),
  locale: z.enum(LOCALES),
  savedAt: z.string(),
  startedAt: z.string(),
  finishedAt: z.nullable(z.string()),
  runner: runnerSaveSchema,
  transcript: transcriptSchema,
  awaiting: z.enum(['continue', 'choices', 'end']),
  learner: learnerSchema,
  reflection: z.string(),
});

/** Why a save was set aside. */
export type QuarantineReason =
  | 'not-json' // not readable at all
  | 'bad-shape' // readable, but not a save of this game (or of this version of it)
  | 'story-changed' // made with another version of the story
  | 'unknown-module' // the module is no longer in the game
  | 'cannot-restore'; // looked right, but the story could not be put back in that state

export type SaveCheck =
  | { readonly ok: true; readonly envelope: SaveEnvelope }
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
  if (!parsed.success || parsed.data.module !== module || parsed.data.runner.record.scenario !== module) {
    return { ok: false, reason: 'bad-shape', raw };
  }
  if (storyHash === undefined) return { ok: false, reason: 'unknown-module', raw };
  if (parsed.data.storyHash !== storyHash || parsed.data.runner.record.storyHash !== storyHash) {
    return { ok: false, reason: 'story-changed', raw };
  }
  // The schema checked every field of the runner's save and the engine state.
  return { ok: true, envelope: parsed.data as unknown as SaveEnvelope };
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
 * Reads every autosave: the ones that fit their story are returned; the others are moved aside.
 * `hashes` maps each module of the game to its current story hash.
 */
export function scanSaves(
  storage: KeyValueStorage,
  hashes: ReadonlyMap<string, string>,
  now: Date,
): { saves: SaveEnvelope[]; quarantined: QuarantinedSave[] } {
  const saves: SaveEnvelope[] = [];
  const quarantined: QuarantinedSave[] = [];
  for (const key of keysWithPrefix(storage, SAVE_PREFIX)) {
    const module = key.slice(SAVE_PREFIX.length);
    const raw = storage.getItem(key);
    if (raw === null) continue;
    const check = checkSave(raw, module, hashes.get(module));
    if (check.ok) saves.push(check.envelope);
    else {
      const aside = quarantineSave(storage, module, raw, check.reason, now);
      if (aside) quarantined.push(aside);
    }
  }
  saves.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { saves, quarantined };
}
