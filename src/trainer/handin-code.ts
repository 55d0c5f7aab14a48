// The hand-in code: a playthrough record and the learner's fields as a short text a learner can
// copy, show as a QR code or read out, and a trainer can type. Crockford's base 32 (no I, L, O, U:
// nothing to confuse), grouped by five, behind the prefix PAS1. A CRC-16 covers the length and the
// content, and the decoder accepts only the one canonical length for its content: any single
// character changed, added or left out is caught, never mis-read as another record.
import { LOCALES, PRINCIPLES } from '../engine/ids.ts';
import type { Locale } from '../engine/ids.ts';
import { LEVELS } from '../engine/principles.ts';
import type { Level } from '../engine/principles.ts';
import type { PlaythroughRecord } from '../narrative/runner.ts';
import type { SelfRating } from '../state/learner.ts';
import { MAX_CHOICES, MAX_SEED } from './report-file.ts';

export const CODE_PREFIX = 'PAS1';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 5;

const KIND_HANDIN = 1;
const KIND_SAVE = 2;

/** What a learner hands in: enough to replay the playthrough, and who they are. */
export interface Handin {
  readonly record: PlaythroughRecord;
  readonly firstName: string;
  readonly sessionCode: string;
  readonly selfRating: SelfRating;
}

/** A playthrough to resume: the record, the steps shown since the last choice, the learner's fields. */
export interface SaveCode extends Handin {
  readonly steps: number;
  readonly reflection: string;
}

export type CodeProblem = 'not-a-code' | 'bad-character' | 'bad-checksum' | 'bad-content';

export type Decoded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: CodeProblem; readonly message: string };

// ---------------------------------------------------------------------------------------------
// Low-level pieces (also used by other compact encodings).

/** CRC-16/CCITT-FALSE (polynomial 0x1021): catches every burst of up to 16 bits. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/**
 * Reads base-32 symbols back into bytes. Null when a symbol is not in the alphabet, when the
 * number of symbols is not the one a whole number of bytes gives, or when the padding is not zero.
 */
export function fromBase32(text: string): Uint8Array | null {
  const length = Math.floor((text.length * 5) / 8);
  if (Math.ceil((length * 8) / 5) !== text.length) return null;
  const out = new Uint8Array(length);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const ch of text) {
    const value = ALPHABET.indexOf(ch);
    if (value === -1) return null;
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (at < length) out[at] = (buffer >>> bits) & 0xff;
      at += 1;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

export class ByteWriter {
  private readonly bytes: number[] = [];

  byte(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }

  varint(value: number): this {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
    return this;
  }

  raw(values: Iterable<number>): this {
    for (const v of values) this.bytes.push(v & 0xff);
    return this;
  }

  text(value: string): this {
    const encoded = new TextEncoder().encode(value);
    return this.varint(encoded.length).raw(encoded);
  }

  /** Unsigned integers of `width` bits each, most significant bit first, padded to a byte. */
  packed(values: readonly number[], width: number): this {
    let buffer = 0;
    let bits = 0;
    for (const v of values) {
      buffer = (buffer << width) | v;
      bits += width;
      while (bits >= 8) {
        bits -= 8;
        this.bytes.push((buffer >>> bits) & 0xff);
      }
      buffer &= (1 << bits) - 1;
    }
    if (bits > 0) this.bytes.push((buffer << (8 - bits)) & 0xff);
    return this;
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class TruncatedError extends Error {}

export class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.at;
  }

  byte(): number {
    const value = this.bytes[this.at];
    if (value === undefined) throw new TruncatedError('the code ends too early');
    this.at += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i += 1) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
    throw new TruncatedError('a number in the code is too long');
  }

  raw(length: number): Uint8Array {
    if (length > this.remaining) throw new TruncatedError('the code ends too early');
    const out = this.bytes.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }

  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(this.varint()));
  }

  packed(count: number, width: number): number[] {
    const bytes = this.raw(Math.ceil((count * width) / 8));
    const out: number[] = [];
    let buffer = 0;
    let bits = 0;
    let i = 0;
    while (out.length < count) {
      buffer = ((buffer << 8) | (bytes[i] ?? 0)) & 0xffff;
      i += 1;
      bits += 8;
      while (bits >= width && out.length < count) {
        bits -= width;
        out.push((buffer >>> bits) & ((1 << width) - 1));
      }
    }
    return out;
  }
}

/** Frames a body (length, body, CRC-16) as base-32 text grouped by five behind the prefix. */
export function frameCode(body: Uint8Array): string {
  const head = new ByteWriter().varint(body.length).raw(body).done();
  const crc = crc16(head);
  const symbols = toBase32(
    new ByteWriter()
      .raw(head)
      .byte(crc >>> 8)
      .byte(crc)
      .done(),
  );
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return [CODE_PREFIX, ...groups].join('-');
}

/** The body of a framed code, or why it cannot be read. Spaces, dashes and letter case do not matter. */
export function unframeCode(text: string): Decoded<Uint8Array> {
  const compact = text.replace(/[\s-]+/g, '').toUpperCase();
  if (!compact.startsWith(CODE_PREFIX)) {
    return { ok: false, reason: 'not-a-code', message: `a hand-in code starts with ${CODE_PREFIX}` };
  }
  const symbols = compact.slice(CODE_PREFIX.length);
  const bad = Array.from(symbols).find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) {
    return { ok: false, reason: 'bad-character', message: `"${bad}" cannot be part of a code (check I/1, O/0)` };
  }
  const bytes = fromBase32(symbols);
  const mistyped: Decoded<Uint8Array> = {
    ok: false,
    reason: 'bad-checksum',
    message: 'the code does not check out: a character is wrong, missing or extra',
  };
  if (!bytes || bytes.length < 3) return mistyped;
  const reader = new ByteReader(bytes);
  let length: number;
  try {
    length = reader.varint();
  } catch {
    return mistyped;
  }
  const headLength = bytes.length - 2;
  if (headLength - length < 1 || headLength - length > 8 || reader.remaining - 2 !== length) return mistyped;
  const crc = ((bytes[headLength] ?? 0) << 8) | (bytes[headLength + 1] ?? 0);
  if (crc16(bytes.subarray(0, headLength)) !== crc) return mistyped;
  return { ok: true, value: bytes.slice(headLength - length, headLength) };
}

// ---------------------------------------------------------------------------------------------
// The record and the learner's fields.

function hashBytes(hash: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < 16; i += 2) out.push(parseInt(hash.slice(i, i + 2), 16));
  return out;
}

function hashText(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function writeRatings(writer: ByteWriter, rating: SelfRating): void {
  writer.packed(
    PRINCIPLES.map((p) => {
      const level = rating[p];
      return level === undefined ? 0 : LEVELS.indexOf(level) + 1;
    }),
    3,
  );
}

function readRatings(reader: ByteReader): SelfRating {
  const values = reader.packed(PRINCIPLES.length, 3);
  const rating: Partial<Record<(typeof PRINCIPLES)[number], Level>> = {};
  PRINCIPLES.forEach((p, i) => {
    const v = values[i] ?? 0;
    if (v === 0) return;
    const level = LEVELS[v - 1];
    if (level === undefined) throw new TruncatedError('a self-rating is out of range');
    rating[p] = level;
  });
  return rating;
}

function writeCommon(writer: ByteWriter, kind: number, handin: Handin): void {
  const { record } = handin;
  if (!/^[a-z0-9_]{1,40}$/.test(record.scenario)) throw new RangeError('the module id cannot be encoded');
  if (!/^[0-9a-f]{16}$/.test(record.storyHash)) throw new RangeError('the story hash cannot be encoded');
  if (!Number.isInteger(record.seed) || record.seed < 0 || record.seed > MAX_SEED) {
    throw new RangeError('the seed cannot be encoded');
  }
  const max = Math.max(0, ...record.choices);
  if (record.choices.length > MAX_CHOICES || record.choices.some((c) => !Number.isInteger(c) || c < 0) || max > 255) {
    throw new RangeError('the choices cannot be encoded');
  }
  const width = Math.max(1, Math.ceil(Math.log2(max + 1)));
  writer.byte(kind).byte(record.scenario.length).raw(new TextEncoder().encode(record.scenario));
  writer.raw(hashBytes(record.storyHash)).varint(record.seed).byte(LOCALES.indexOf(record.locale));
  writer.varint(record.choices.length);
  if (record.choices.length > 0) writer.byte(width).packed(record.choices, width);
  writeRatings(writer, handin.selfRating);
  writer.text(handin.firstName).text(handin.sessionCode);
}

function readCommon(reader: ByteReader, expectedKind: number): Handin {
  const kind = reader.byte();
  if (kind !== expectedKind) throw new TruncatedError('this code is of another kind');
  const scenario = String.fromCharCode(...reader.raw(reader.byte()));
  if (!/^[a-z0-9_]{1,40}$/.test(scenario)) throw new TruncatedError('the module id is not valid');
  const storyHash = hashText(reader.raw(8));
  const seed = reader.varint();
  if (seed > MAX_SEED) throw new TruncatedError('the seed is out of range');
  const locale: Locale | undefined = LOCALES[reader.byte()];
  if (locale === undefined) throw new TruncatedError('the language is not known');
  const count = reader.varint();
  if (count > MAX_CHOICES) throw new TruncatedError(`more than ${MAX_CHOICES} choices`);
  let choices: number[] = [];
  if (count > 0) {
    const width = reader.byte();
    if (width < 1 || width > 8) throw new TruncatedError('the choices are not valid');
    choices = reader.packed(count, width);
  }
  const selfRating = readRatings(reader);
  const firstName = reader.text();
  const sessionCode = reader.text();
  return { record: { scenario, storyHash, seed, locale, choices }, firstName, sessionCode, selfRating };
}

function decodeWith<T>(text: string, read: (reader: ByteReader) => T): Decoded<T> {
  const body = unframeCode(text);
  if (!body.ok) return body;
  const reader = new ByteReader(body.value);
  try {
    const value = read(reader);
    if (reader.remaining !== 0) throw new TruncatedError('the code is longer than its content');
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'bad-content', message: `the code checks out but cannot be read: ${message}` };
  }
}

export function encodeHandin(handin: Handin): string {
  const writer = new ByteWriter();
  writeCommon(writer, KIND_HANDIN, handin);
  return frameCode(writer.done());
}

export function decodeHandin(text: string): Decoded<Handin> {
  return decodeWith(text, (reader) => readCommon(reader, KIND_HANDIN));
}

export function encodeSaveCode(save: SaveCode): string {
  const writer = new ByteWriter();
  writeCommon(writer, KIND_SAVE, save);
  writer.varint(save.steps).text(save.reflection);
  return frameCode(writer.done());
}

export function decodeSaveCode(text: string): Decoded<SaveCode> {
  return decodeWith(text, (reader) => {
    const common = readCommon(reader, KIND_SAVE);
    const steps = reader.varint();
    const reflection = reader.text();
    return { ...common, steps, reflection };
  });
}

/** The code without its grouping, as it goes into a QR code (fewer symbols to draw). */
export function compactCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}
