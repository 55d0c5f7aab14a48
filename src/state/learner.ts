// Who is playing, as far as the report needs: an optional first name (kept on this device only),
// an optional session code from the trainer, and the learner's own rating of each principle.
import * as z from 'zod/mini';
import { PRINCIPLES } from '../engine/ids.ts';
import type { PrincipleId } from '../engine/ids.ts';
import { LEVELS } from '../engine/principles.ts';
import type { Level } from '../engine/principles.ts';
import type { KeyValueStorage } from './storage.ts';
import { tryWrite } from './storage.ts';

export const LEARNER_KEY = 'passerelles:learner';
export const FIRST_NAME_MAX = 60;
export const SESSION_CODE_MAX = 40;

export type SelfRating = Readonly<Partial<Record<PrincipleId, Level>>>;

export interface Learner {
  readonly firstName: string;
  readonly sessionCode: string;
  readonly selfRating: SelfRating;
}

export const EMPTY_LEARNER: Learner = { firstName: '', sessionCode: '', selfRating: {} };

/** Trims, drops control characters and caps the length: what the learner typed, made safe to keep. */
export function cleanText(value: string, max: number): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x20 || code === 0x7f ? ' ' : ch;
  }
  // Capped by what a reader sees as characters, so that no accent or emoji is cut in half.
  const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(out.trim().replace(/\s+/g, ' '));
  return Array.from(segments, (s) => s.segment)
    .slice(0, max)
    .join('');
}

export const learnerSchema = z.object({
  firstName: z.string(),
  sessionCode: z.string(),
  selfRating: z.partialRecord(z.enum(PRINCIPLES), z.enum(LEVELS)),
});

/** The first name typed last time, to prefill the form (it never leaves the device). */
export function readFirstName(storage: KeyValueStorage): string {
  try {
    const parsed = z.object({ firstName: z.string() }).safeParse(JSON.parse(storage.getItem(LEARNER_KEY) ?? 'null'));
    return parsed.success ? cleanText(parsed.data.firstName, FIRST_NAME_MAX) : '';
  } catch {
    return '';
  }
}

export function rememberFirstName(storage: KeyValueStorage, firstName: string): void {
  tryWrite(storage, LEARNER_KEY, JSON.stringify({ firstName: cleanText(firstName, FIRST_NAME_MAX) }));
}
