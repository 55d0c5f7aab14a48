// Reading a class's files ahead of the workers, a few at a time: each group is read as one blob (one
// request to the file system rather than one per file), and each file gets its own buffer, so that it
// can be handed over to a worker and stored on its own. Reading stops while the files read and not yet
// taken weigh more than a budget: a class of 200 files is never all in memory at once, whatever their size.

/** The bytes of each blob, in order: read as one, then cut apart. */
export async function readTogether(blobs: readonly Blob[]): Promise<Uint8Array<ArrayBuffer>[]> {
  if (blobs.length === 0) return [];
  const whole = await new Blob([...blobs]).arrayBuffer();
  let at = 0;
  return blobs.map((blob) => {
    const part = new Uint8Array(whole.slice(at, at + blob.size));
    at += blob.size;
    return part;
  });
}

/** Files read at once, at most. */
const GROUP = 16;
/** Bytes read ahead and not yet taken, at most (a report weighs a few tens of KB). */
const BUDGET = 16 * 1024 * 1024;

/**
 * The blobs of a list (null where there is nothing to read), read in order ahead of `take`: the first
 * few at once, then groups of up to 16, one group after the other, while less than `budget` bytes
 * wait to be taken.
 */
export class ReadAhead {
  /** The reads not taken yet, by place in the list. */
  private readonly reads = new Map<number, Promise<Uint8Array<ArrayBuffer>>>();
  /** The first blob not read yet. */
  private next = 0;
  /** Bytes read, or being read, and not taken yet. */
  private waiting = 0;
  private reading = false;

  constructor(
    private readonly blobs: readonly (Blob | null)[],
    private readonly first = 4,
    private readonly budget = BUDGET,
    private readonly read: (blobs: readonly Blob[]) => Promise<Uint8Array<ArrayBuffer>[]> = readTogether,
  ) {
    this.fill();
  }

  /** The bytes of blob `index` (null if it has none), once: reading goes on meanwhile. */
  async take(index: number): Promise<Uint8Array<ArrayBuffer> | null> {
    const blob = this.blobs[index];
    if (!blob) return null;
    // Wanted before its turn: read now, with those before it.
    while (index >= this.next) void this.readGroup(index + 1 - this.next);
    const read = this.reads.get(index);
    if (!read) throw new Error(`blob ${index} was already taken`);
    this.reads.delete(index);
    try {
      return await read;
    } finally {
      this.waiting -= blob.size;
      this.fill();
    }
  }

  /**
   * Starts reading the next group if no other group is being read and the next file fits in the
   * budget (or nothing waits: a file larger than the budget is still read, alone).
   */
  private fill(): void {
    if (this.reading || this.next >= this.blobs.length) return;
    const size = this.blobs[this.next]?.size ?? 0;
    if (this.waiting > 0 && this.waiting + size > this.budget) return;
    this.reading = true;
    void this.readGroup(this.next === 0 ? this.first : GROUP).then(() => {
      this.reading = false;
      this.fill();
    });
  }

  /** Reads the next `count` blobs as one (fewer if the budget is reached first, never none). */
  private readGroup(count: number): Promise<void> {
    const from = this.next;
    const group: Blob[] = [];
    /** Each blob's place in the list, in the group's order. */
    const places: number[] = [];
    let bytes = 0;
    while (this.next < this.blobs.length && this.next - from < count) {
      const blob = this.blobs[this.next];
      if (blob && group.length > 0 && this.waiting + bytes + blob.size > this.budget) break;
      if (blob) {
        group.push(blob);
        places.push(this.next);
        bytes += blob.size;
      }
      this.next += 1;
    }
    this.waiting += bytes;
    const all = this.read(group);
    places.forEach((index, at) => {
      const read = all.then((parts) => parts[at] ?? new Uint8Array());
      // Awaited by `take`: a failure meanwhile is not an unhandled one.
      read.catch(() => undefined);
      this.reads.set(index, read);
    });
    return all.then(
      () => undefined,
      () => undefined,
    );
  }
}
