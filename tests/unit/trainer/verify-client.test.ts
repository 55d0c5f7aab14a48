// The page's side of verification, in Node, with workers that answer out of order (a stand-in for the
// browser's Worker, which Node does not have): every report's entry comes back in the order the
// reports were given, a handful at most per message, each file with its own bytes; and a worker that
// fails stops the whole import, with nothing joining the class afterwards.
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassEntry } from '../../../src/trainer/class-store.ts';
import { VerificationStopped, VerifyClient } from '../../../src/trainer/verify-client.ts';
import type { SentInput, ToWorker, VerifyInput } from '../../../src/trainer/verify-protocol.ts';

/** What a stand-in worker was sent to verify, message by message. */
const handfuls: VerifyInput[][] = [];
/** Fails (as a crashed worker does) on the handful holding this report, if set. */
let failOn: string | null = null;

class StandInWorker extends EventTarget {
  private stopped = false;
  private answered = 0;

  postMessage(message: ToWorker): void {
    if (message.type !== 'verify') return;
    handfuls.push([...message.inputs]);
    // Answers in a scrambled order: later handfuls sometimes first.
    const delay = ((message.id * 7) % 5) * 3;
    setTimeout(() => {
      if (this.stopped) return;
      if (message.inputs.some((input) => input.kind === 'code' && input.code === failOn)) {
        this.dispatchEvent(new Event('error', { cancelable: true }));
        return;
      }
      this.answered += 1;
      const entries = message.inputs.map(
        (input) =>
          ({
            key:
              input.kind === 'code'
                ? input.code
                : `${input.name}=${new TextDecoder().decode(input.bytes ?? undefined)}`,
          }) as unknown as ClassEntry,
      );
      this.dispatchEvent(new MessageEvent('message', { data: { type: 'verified', id: message.id, entries } }));
    }, delay);
  }

  terminate(): void {
    this.stopped = true;
  }
}

const AT = '2026-03-03T10:00:00.000Z';

function inputs(count: number): SentInput[] {
  return Array.from({ length: count }, (_, n): SentInput => {
    if (n % 7 === 3) return { kind: 'code', code: `CODE-${n}`, via: 'typed', addedAt: AT };
    const content = new Blob([`report ${n}`]);
    return { kind: 'file', name: `r${n}.json`, size: content.size, content, addedAt: AT };
  });
}

function expectedKey(input: SentInput, n: number): string {
  return input.kind === 'code' ? input.code : `${input.name}=report ${n}`;
}

/** Verifies `given`, noting each entry's key as it joins the class; the outcome is left to the caller. */
function verifyNoting(client: VerifyClient, given: readonly SentInput[]): { done: Promise<unknown>; joined: string[] } {
  const joined: string[] = [];
  const done = client.verifyAll(
    given,
    () => undefined,
    (entry) => joined.push(entry.key),
  );
  return { done, joined };
}

beforeEach(() => {
  handfuls.length = 0;
  failOn = null;
  vi.stubGlobal('Worker', StandInWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('VerifyClient', () => {
  it('gives every entry back in the order of the reports, a handful at most per message', async () => {
    const client = new VerifyClient([], 2);
    const given = inputs(45);
    const order: string[] = [];
    const progress: number[] = [];
    const all = await client.verifyAll(
      given,
      (done, total) => {
        expect(total).toBe(45);
        progress.push(done);
      },
      (entry) => order.push(entry.key),
    );
    const expected = given.map(expectedKey);
    expect(order).toEqual(expected);
    expect(all.map((e) => e.key)).toEqual(expected);
    expect(progress.at(-1)).toBe(45);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // Four at most in one message, fewer at the end; every report sent once.
    expect(Math.max(...handfuls.map((h) => h.length))).toBe(4);
    expect(handfuls.at(-1)?.length).toBe(1);
    expect(handfuls.flat().length).toBe(45);
    client.dispose();
  });

  it('stops every lane when a worker fails: the import is refused, nothing joins afterwards', async () => {
    const client = new VerifyClient([], 2);
    const given = inputs(60);
    failOn = 'CODE-24';
    const { done, joined } = verifyNoting(client, given);
    await expect(done).rejects.toBeInstanceOf(VerificationStopped);
    const sent = handfuls.length;
    const joinedThen = joined.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    // Nothing more was sent or joined once it failed, and what joined came in order, before the failure.
    expect(handfuls.length).toBe(sent);
    expect(joined.length).toBe(joinedThen);
    expect(joined).toEqual(given.slice(0, joined.length).map(expectedKey));
    expect(joined).not.toContain('CODE-24');
    expect(handfuls.flat().length).toBeLessThan(60);
  });

  it('stops every lane when a file cannot be read (deleted since it was chosen), and says it could not be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelles-read-'));
    try {
      const path = join(dir, 'gone.json');
      writeFileSync(path, 'report 40');
      const gone = await openAsBlob(path);
      rmSync(path);
      const given = inputs(80).map((input, n): SentInput =>
        n === 40 ? { kind: 'file', name: 'gone.json', size: gone.size, content: gone, addedAt: AT } : input,
      );
      const client = new VerifyClient([], 2);
      const { done, joined } = verifyNoting(client, given);
      await expect(done).rejects.toThrow(/could not be read/);
      const sent = handfuls.length;
      await new Promise((resolve) => setTimeout(resolve, 80));
      // No lane went on once the read failed: nothing more sent to the workers, nothing more joined.
      expect(handfuls.length).toBe(sent);
      expect(joined.length).toBeLessThan(40);
      expect(handfuls.flat().length).toBeLessThan(60);
      client.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
