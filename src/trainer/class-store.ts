// The class a trainer collects: one entry per playthrough handed in (a file or a code), with what
// its replay said. Kept on this device in IndexedDB (a class of 200 report files is several MB,
// beyond what localStorage holds, and IndexedDB writes without blocking the page). What was handed
// in is kept with each entry, so that the class can be verified again: after the game is updated,
// and always when a class file comes from another computer.
import * as z from 'zod/mini';
import { clear, del, entries as idbEntries, get, promisifyRequest, setMany } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { ScenarioEntry } from '../content/catalogue.ts';
import { contentHash } from '../content/hash.ts';
import type { SelfRating } from '../state/learner.ts';
import type { DecisionTakenInput, ReplayedReport } from './class-summary.ts';
import type { Verdict } from './verify-report.ts';

/** How a report reached the trainer, with what is needed to verify it again. */
export type EntrySource =
  /**
   * A report file; `bytes` are the file as read (null when it was not a report: nothing to verify again).
   * Kept as the bytes, not as text: a report's French typography takes two bytes a character in a
   * JavaScript string, and the worker hands the bytes over to the page without copying them.
   */
  { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array<ArrayBuffer> | null } | CodeSource;

/** A hand-in code, typed or pasted, or read by the camera. */
export interface CodeSource {
  readonly kind: 'code';
  readonly code: string;
  readonly via: 'typed' | 'camera';
}

/** What was handed in as a class file carries it: a report file as its text. */
export type HandedSource = { readonly kind: 'file'; readonly name: string; readonly json: string } | CodeSource;

/**
 * What the class keeps of a replay: the figures its list, dashboard, CSV and debrief read, not the
 * whole report (its evidence and timeline would make each entry several times heavier to send from
 * the worker, to keep in memory and to store).
 */
export interface KeptReplay {
  readonly report: ReplayedReport;
  readonly decisions: readonly DecisionTakenInput[];
}

export type ClassVerdict = Verdict<KeptReplay>;

export interface ClassEntry {
  /** The playthrough's identity (its record): the same record handed in twice is one entry. */
  readonly key: string;
  readonly source: EntrySource;
  /** When it was first added to the class (ISO date). */
  readonly addedAt: string;
  readonly firstName: string;
  readonly sessionCode: string;
  readonly selfRating: SelfRating;
  readonly verdict: ClassVerdict;
}

/** What the page says after adding reports. */
export interface MergeResult {
  readonly entries: readonly ClassEntry[];
  readonly added: readonly ClassEntry[];
  /** Entries handed in again: counted once, the first one kept. */
  readonly duplicates: readonly ClassEntry[];
}

/**
 * A class taking reports one at a time, in the order they were handed in: the same record counts
 * once, whichever came first stays (a second copy, even a different file of the same playthrough,
 * changes nothing).
 */
export class ClassMerge {
  private readonly keys: Set<string>;
  private readonly added: ClassEntry[] = [];
  private readonly duplicates: ClassEntry[] = [];

  constructor(private readonly existing: readonly ClassEntry[]) {
    this.keys = new Set(existing.map((e) => e.key));
  }

  /** Whether `entry` joins the class (false: its record is there already). */
  add(entry: ClassEntry): boolean {
    if (this.keys.has(entry.key)) {
      this.duplicates.push(entry);
      return false;
    }
    this.keys.add(entry.key);
    this.added.push(entry);
    return true;
  }

  get result(): MergeResult {
    return { entries: [...this.existing, ...this.added], added: [...this.added], duplicates: [...this.duplicates] };
  }
}

/** Adds `incoming` to `existing`, in order (see `ClassMerge`). */
export function mergeIntoClass(existing: readonly ClassEntry[], incoming: readonly ClassEntry[]): MergeResult {
  const merge = new ClassMerge(existing);
  for (const entry of incoming) merge.add(entry);
  return merge.result;
}

/**
 * The versions of every module this build can verify. Verdicts stored under another stamp were
 * given by another version of the game: the class is verified again.
 */
export function verifierStamp(scenarios: readonly ScenarioEntry[]): string {
  return contentHash(
    ...scenarios.map((e) => `${e.scenario.id}:${e.storyHash}:${Object.keys(e.archive).sort().join(',')}`),
  );
}

// --- The class file (export and import between computers) -----------------------------------------

export const CLASS_FORMAT = 'passerelles-class';
export const CLASS_FORMAT_VERSION = 1;

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), name: z.string(), json: z.string() }),
  z.object({ kind: z.literal('code'), code: z.string(), via: z.enum(['typed', 'camera']) }),
]);

const classFileSchema = z.object({
  format: z.literal(CLASS_FORMAT),
  formatVersion: z.literal(CLASS_FORMAT_VERSION),
  exportedAt: z.string(),
  entries: z.array(z.object({ addedAt: z.string(), source: sourceSchema })),
});

/** One report handed in, as a class file keeps it: no verdict (the computer that imports it replays). */
export interface HandedIn {
  readonly addedAt: string;
  readonly source: HandedSource;
}

/**
 * The class as one file: what was handed in and when, never the verdicts nor the figures. Entries
 * that could not be read are left out (there is nothing in them to verify).
 */
export function classFile(entries: readonly ClassEntry[], now: Date): string {
  const decoder = new TextDecoder();
  const handed = entries.flatMap((e): HandedIn[] => {
    const { source } = e;
    if (source.kind === 'code') return [{ addedAt: e.addedAt, source }];
    if (source.bytes === null) return [];
    return [{ addedAt: e.addedAt, source: { kind: 'file', name: source.name, json: decoder.decode(source.bytes) } }];
  });
  return `${JSON.stringify({
    format: CLASS_FORMAT,
    formatVersion: CLASS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    entries: handed,
  })}\n`;
}

export type ClassFileRead = { readonly ok: true; readonly entries: readonly HandedIn[] } | { readonly ok: false };

export function readClassFile(data: unknown): ClassFileRead {
  const parsed = classFileSchema.safeParse(data);
  return parsed.success ? { ok: true, entries: parsed.data.entries } : { ok: false };
}

/** Is this parsed JSON a class file (rather than a report)? */
export function looksLikeClassFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === CLASS_FORMAT;
}

// --- Keeping the class on the device --------------------------------------------------------------

export interface ClassStorage {
  /** The stored entries, and the verifier stamp they were verified under. */
  load(): Promise<{ readonly entries: readonly ClassEntry[]; readonly stamp: string | null }>;
  /** Adds or replaces entries (by key) and records the stamp. */
  save(entries: readonly ClassEntry[], stamp: string): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

const ENTRY = 'entry:';
const SAVE_BATCH = 20;
const STAMP = 'stamp';

/** A source as stored: a file's name only (its bytes are beside the entry, see `file`). */
type StoredSource = { readonly kind: 'file'; readonly name: string; readonly json: null } | CodeSource;

/** An entry as stored, with its place in the class (IndexedDB gives records back in key order). */
interface StoredEntry {
  readonly order: number;
  readonly entry: Omit<ClassEntry, 'source'> & { readonly source: StoredSource };
  /**
   * A report file's bytes as read, kept beside `entry` rather than in it: stored as the file's UTF-8,
   * half the size of its text in JavaScript (French typography), the record stays small enough for the
   * browser to store it inline rather than as a separate file.
   */
  readonly file?: Uint8Array<ArrayBuffer>;
}

function toStored(entry: ClassEntry, order: number): StoredEntry {
  const { source } = entry;
  if (source.kind !== 'file') return { order, entry: { ...entry, source } };
  const stored = { order, entry: { ...entry, source: { kind: 'file', name: source.name, json: null } as const } };
  return source.bytes === null ? stored : { ...stored, file: source.bytes };
}

function fromStored({ entry, file }: StoredEntry): ClassEntry {
  const { source } = entry;
  if (source.kind !== 'file') return { ...entry, source };
  return { ...entry, source: { kind: 'file', name: source.name, bytes: file ?? null } };
}

/**
 * A store whose writes are relaxed: a write counts as done once the browser has it, without waiting
 * for the disk to confirm it. The class then survives a closed tab or a crashed browser; only a power
 * cut in the second after a write could lose that write, and the reports are still on the learners'
 * side to hand in again. Waiting for the disk would hold the end of every import.
 */
function relaxedStore(dbName: string, storeName: string): UseStore {
  const request = indexedDB.open(dbName);
  request.onupgradeneeded = () => request.result.createObjectStore(storeName);
  const db = promisifyRequest(request);
  return (mode, callback) =>
    db.then((d) => callback(d.transaction(storeName, mode, { durability: 'relaxed' }).objectStore(storeName)));
}

/** IndexedDB (database `passerelles-trainer`): one record per entry, and the stamp. */
export function indexedDbClassStorage(): ClassStorage {
  const store: UseStore = relaxedStore('passerelles-trainer', 'class');
  let next = 0;
  return {
    async load() {
      const all = await idbEntries<IDBValidKey, unknown>(store);
      const entries = all
        .filter(([key]) => typeof key === 'string' && key.startsWith(ENTRY))
        .map(([, value]) => value as StoredEntry)
        .sort((a, b) => a.order - b.order)
        .map(fromStored);
      const stamp = await get<string>(STAMP, store);
      return { entries, stamp: stamp ?? null };
    },
    async save(entries, stamp) {
      // Each entry's place follows those stored before, even within the same millisecond.
      const start = Math.max(Date.now() * 1000, next);
      next = start + entries.length;
      // A few entries per transaction: the browser copies what it stores on the page's thread, and a
      // class of 200 copied at once would hold the page; the stamp goes with the last few.
      for (let from = 0; from < Math.max(entries.length, 1); from += SAVE_BATCH) {
        const batch = entries
          .slice(from, from + SAVE_BATCH)
          .map((entry, i): [IDBValidKey, unknown] => [`${ENTRY}${entry.key}`, toStored(entry, start + from + i)]);
        await setMany(from + SAVE_BATCH >= entries.length ? [...batch, [STAMP, stamp]] : batch, store);
      }
    },
    async remove(key) {
      await del(`${ENTRY}${key}`, store);
    },
    async clear() {
      await clear(store);
    },
  };
}

/** Entries stored as they come, a batch at a time (see `storeAsTheyCome`). */
export interface Storing {
  add(entry: ClassEntry): void;
  /** Stores what is left; resolves when everything is stored (rejects if a batch was not). */
  finish(): Promise<void>;
  /** Takes back out whatever was stored, for an import that did not go through. */
  undo(): Promise<void>;
}

/**
 * Stores an import's entries while the rest of it is still being verified, `every` at a time and
 * one batch after the other, so that little is left to store when the last report comes back.
 */
export function storeAsTheyCome(storage: ClassStorage, stamp: string, every = SAVE_BATCH): Storing {
  let pending: ClassEntry[] = [];
  const sent: ClassEntry[] = [];
  let stored: Promise<void> = Promise.resolve();
  const flush = (): void => {
    const batch = pending;
    pending = [];
    sent.push(...batch);
    stored = stored.then(() => storage.save(batch, stamp));
    // Awaited in `finish` or `undo`: a failure meanwhile is not an unhandled one.
    stored.catch(() => undefined);
  };
  return {
    add(entry) {
      pending.push(entry);
      if (pending.length >= every) flush();
    },
    async finish() {
      flush();
      await stored;
    },
    async undo() {
      pending = [];
      await stored.catch(() => undefined);
      await Promise.all(sent.map((e) => storage.remove(e.key)));
    },
  };
}

/** For the unit tests, and where the browser refuses IndexedDB: the class lasts as long as the page. */
export function memoryClassStorage(): ClassStorage {
  const map = new Map<string, ClassEntry>();
  let stamp: string | null = null;
  return {
    load: () => Promise.resolve({ entries: [...map.values()], stamp }),
    save: (entries, next) => {
      for (const e of entries) map.set(e.key, e);
      stamp = next;
      return Promise.resolve();
    },
    remove: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
    clear: () => {
      map.clear();
      stamp = null;
      return Promise.resolve();
    },
  };
}

/** IndexedDB if the browser lets this page use it, else memory (and the page says so). */
export async function deviceClassStorage(): Promise<{ storage: ClassStorage; persistent: boolean }> {
  try {
    const storage = indexedDbClassStorage();
    await storage.load();
    return { storage, persistent: true };
  } catch {
    return { storage: memoryClassStorage(), persistent: false };
  }
}
