// Reading a class's files ahead of the workers, in Node (its Blob is the browser's): every file's own
// bytes whatever the order they are taken in, no more than the budget waiting, a failed read told to
// whoever takes that file, and handfuls that get smaller as the class runs out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadAhead, readTogether } from '../../../src/trainer/read-together.ts';
import { handfulSize } from '../../../src/trainer/verify-client.ts';

/** A blob of `size` bytes, each the blob's number (mod 256) and its place: no two blobs are alike. */
function blobOf(n: number, size: number): Blob {
  return new Blob([Uint8Array.from({ length: size }, (_, i) => (n * 31 + i) % 256)]);
}

async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

describe('readTogether', () => {
  it('gives each blob its own bytes, in its own buffer, empty ones included', async () => {
    const blobs = [blobOf(1, 5), blobOf(2, 0), blobOf(3, 7)];
    const parts = await readTogether(blobs);
    expect(parts.map((p) => [...p])).toEqual(await Promise.all(blobs.map(bytesOf)));
    // Each can be handed over (transferred) on its own.
    expect(parts.map((p) => p.buffer.byteLength)).toEqual([5, 0, 7]);
  });
});

describe('ReadAhead', () => {
  it('hands over every file as it is, in any order, and null where there is no file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.nat({ max: 300 }), { nil: null }), { minLength: 1, maxLength: 40 }),
        fc.nat({ max: 2000 }),
        fc.nat(),
        async (sizes, budget, seed) => {
          const blobs = sizes.map((size, n) => (size === null ? null : blobOf(n, size)));
          const ahead = new ReadAhead(blobs, 3, budget);
          // A shuffled order of taking (the workers come back in any order).
          const order = blobs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
          const taken = await Promise.all(order.map((i) => ahead.take(i)));
          for (const [k, i] of order.entries()) {
            const blob = blobs[i];
            expect(taken[k] === null ? null : [...(taken[k] ?? [])]).toEqual(blob ? await bytesOf(blob) : null);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses to hand over the same file twice', async () => {
    const ahead = new ReadAhead([blobOf(0, 4), blobOf(1, 4)]);
    await ahead.take(0);
    await expect(ahead.take(0)).rejects.toThrow(/already taken/);
    expect([...((await ahead.take(1)) ?? [])]).toEqual(await bytesOf(blobOf(1, 4)));
  });

  it('reads the first few at once, then groups while what waits stays within the budget', async () => {
    const blobs = Array.from({ length: 40 }, (_, n) => blobOf(n, 100));
    const groups: number[] = [];
    const ahead = new ReadAhead(blobs, 2, 450, (group) => {
      groups.push(group.length);
      return readTogether(group);
    });
    // Left alone, it reads the first 2, then up to the budget (450 bytes: 4 files of 100), then waits.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(groups).toEqual([2, 2]);
    // Each file taken makes room for one more.
    await ahead.take(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(groups.reduce((a, b) => a + b, 0)).toBe(5);
    // A file wanted before its turn is read at once, with those before it.
    expect([...((await ahead.take(30)) ?? [])]).toEqual(await bytesOf(blobs[30] ?? new Blob()));
  });

  it('tells whoever takes a file that could not be read, and reads the others', async () => {
    const blobs = Array.from({ length: 6 }, (_, n) => blobOf(n, 10));
    const ahead = new ReadAhead(blobs, 2, 1000, (group) =>
      group.includes(blobs[2] as Blob) ? Promise.reject(new Error('the file has gone')) : readTogether(group),
    );
    await expect(ahead.take(0)).resolves.not.toBeNull();
    await expect(ahead.take(2)).rejects.toThrow('the file has gone');
  });
});

describe('handfulSize', () => {
  it('sends four at a time while there are many, then fewer, never none, never more than are left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 4 }), (left, workers) => {
        const size = handfulSize(left, workers);
        expect(size).toBeGreaterThanOrEqual(1);
        expect(size).toBeLessThanOrEqual(Math.min(4, left));
      }),
    );
    expect(handfulSize(200, 2)).toBe(4);
    expect(handfulSize(8, 2)).toBe(1);
  });
});
