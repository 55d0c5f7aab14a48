// The class kept on the device, in Node with an in-memory IndexedDB (fake-indexeddb): what is stored
// comes back as it went, in the order it was handed in, after the page is opened again; a report
// file's bytes come back with it; one row can be taken out, or the whole class; and every write is
// relaxed (it does not wait for the disk).
import { IDBDatabase as FakeDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassEntry } from '../../../src/trainer/class-store.ts';
import { indexedDbClassStorage } from '../../../src/trainer/class-store.ts';

function entry(n: number, source: ClassEntry['source']): ClassEntry {
  return {
    key: `key-${n}`,
    source,
    addedAt: `2026-03-03T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    firstName: `<b>Élève ${n}</b>`,
    sessionCode: 'BTS-A',
    selfRating: {},
    verdict: {
      status: 'unreadable',
      origin: 'file',
      reason: 'not-json',
      detail: 'the file is not JSON',
      learner: null,
    },
  };
}

const fileEntry = (n: number): ClassEntry =>
  entry(n, { kind: 'file', name: `r${n}.json`, bytes: new TextEncoder().encode(`{"n":${n},"é":"«»"}`) });
const codeEntry = (n: number): ClassEntry => entry(n, { kind: 'code', code: `CODE-${n}`, via: 'camera' });

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('IDBKeyRange', IDBKeyRange);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('indexedDbClassStorage', () => {
  it('gives back, in a page opened again, every entry as stored, bytes included, in the order handed in', async () => {
    const first = indexedDbClassStorage();
    // More than one batch in one save, then a second save: the order holds across both.
    const entries = Array.from({ length: 45 }, (_, n) => (n % 3 === 0 ? codeEntry(n) : fileEntry(n)));
    const unread = entry(99, { kind: 'file', name: 'junk.json', bytes: null });
    await first.save(entries.slice(0, 30), 'stamp-1');
    await first.save([...entries.slice(30), unread], 'stamp-2');

    const again = await indexedDbClassStorage().load();
    expect(again.stamp).toBe('stamp-2');
    expect(again.entries.map((e) => e.key)).toEqual([...entries, unread].map((e) => e.key));
    expect(again.entries).toEqual([...entries, unread]);
    const bytes = again.entries[1]?.source;
    expect(bytes?.kind === 'file' && new TextDecoder().decode(bytes.bytes ?? undefined)).toBe('{"n":1,"é":"«»"}');
  });

  it('takes out one entry, then the whole class', async () => {
    const storage = indexedDbClassStorage();
    await storage.save([fileEntry(1), codeEntry(2), fileEntry(3)], 'stamp');
    await storage.remove('key-2');
    expect((await storage.load()).entries.map((e) => e.key)).toEqual(['key-1', 'key-3']);
    await storage.clear();
    expect(await storage.load()).toEqual({ entries: [], stamp: null });
  });

  it('writes with relaxed durability: a write does not wait for the disk', async () => {
    const opened = vi.spyOn(FakeDatabase.prototype, 'transaction');
    const storage = indexedDbClassStorage();
    await storage.save([fileEntry(1), codeEntry(2)], 'stamp');
    await storage.remove('key-1');
    await storage.load();
    const modes = opened.mock.calls.map((args, i): [IDBTransactionMode | undefined, string | undefined] => [
      args[1],
      (opened.mock.results[i]?.value as IDBTransaction | undefined)?.durability,
    ]);
    const writes = modes.filter(([mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(writes.map(([, durability]) => durability))).toEqual(new Set(['relaxed']));
  });
});
