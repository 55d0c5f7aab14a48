import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OnlineEvents, OutboxStatus, OutgoingStatement, SendOutcome } from '../../src/lms/outbox.ts';
import { RETRY_MAX_MS, retryDelay, StatementOutbox } from '../../src/lms/outbox.ts';
import { outcomeOfStatus } from '../../src/lms/lrs-sender.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import type { KeyValueStorage } from '../../src/state/storage.ts';
import { fakeNetwork } from './online-fixture.ts';

const KEY = 'passerelles:cmi5:outbox:reg';

const statement = (n: number): OutgoingStatement => ({
  endpoint: 'https://lrs.example.org/xapi/',
  auth: 'Basic dG9rZW4=',
  statement: {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    object: { objectType: 'Activity', id: 'urn:passerelles:xapi:au:mini' },
  },
});

/** An LRS whose answer the test sets; it records the ids it was sent, in order. */
function fakeLrs(): { sent: string[]; answer: SendOutcome; send: (o: OutgoingStatement) => Promise<SendOutcome> } {
  const lrs = {
    sent: [] as string[],
    answer: 'acknowledged' as SendOutcome,
    send: (o: OutgoingStatement): Promise<SendOutcome> => {
      lrs.sent.push(o.statement.id);
      return Promise.resolve(lrs.answer);
    },
  };
  return lrs;
}

function open(
  storage: KeyValueStorage,
  lrs: ReturnType<typeof fakeLrs>,
  limit?: number,
  online: OnlineEvents = fakeNetwork(),
) {
  const statuses: OutboxStatus[] = [];
  const outbox = new StatementOutbox({
    storage,
    key: KEY,
    send: lrs.send,
    timers: {
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (h) => {
        clearTimeout(h as number);
      },
    },
    online,
    onStatus: (s) => statuses.push(s),
    ...(limit === undefined ? {} : { limit }),
  });
  return { outbox, statuses };
}

const stored = (storage: KeyValueStorage, key = KEY): string[] =>
  (JSON.parse(storage.getItem(key) ?? '[]') as OutgoingStatement[]).map((o) => o.statement.id);

describe('the statement outbox', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps each statement in storage until the LRS acknowledges it, and sends them in order', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    lrs.answer = 'unavailable';
    const { outbox } = open(storage, lrs);
    outbox.add(statement(1));
    outbox.add(statement(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(stored(storage)).toEqual([statement(1).statement.id, statement(2).statement.id]);
    lrs.answer = 'acknowledged';
    await vi.advanceTimersByTimeAsync(retryDelay(1));
    expect(lrs.sent.slice(-2)).toEqual([statement(1).statement.id, statement(2).statement.id]);
    expect(storage.getItem(KEY)).toBeNull();
    expect(outbox.status).toMatchObject({ pending: 0, state: 'idle' });
  });

  it('backs off while the LRS is unavailable: 2 s, 4 s, 8 s… up to a minute', async () => {
    const lrs = fakeLrs();
    lrs.answer = 'unavailable';
    const { outbox, statuses } = open(memoryStorage(), lrs);
    outbox.add(statement(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.sent).toHaveLength(1);
    expect(statuses.at(-1)).toMatchObject({ state: 'waiting', pending: 1 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(lrs.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(lrs.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3999);
    expect(lrs.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(lrs.sent).toHaveLength(3);
    expect([1, 2, 3, 6, 7, 20].map(retryDelay)).toEqual([2000, 4000, 8000, 60_000, RETRY_MAX_MS, RETRY_MAX_MS]);
  });

  it('tries at once when the browser is back online, and starts the back-off again from 2 s', async () => {
    const lrs = fakeLrs();
    lrs.answer = 'unavailable';
    const network = fakeNetwork();
    const { outbox } = open(memoryStorage(), lrs, undefined, network);
    outbox.add(statement(1));
    await vi.advanceTimersByTimeAsync(0);
    // Five retries (2 + 4 + 8 + 16 + 32 s): the next one waits a minute.
    await vi.advanceTimersByTimeAsync(62_000);
    expect(lrs.sent).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS - 1000);
    expect(lrs.sent).toHaveLength(6);
    network.backOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.sent).toHaveLength(7);
    // The LRS still fails: the next retry is 2 s away again, not a minute.
    lrs.answer = 'acknowledged';
    await vi.advanceTimersByTimeAsync(1999);
    expect(lrs.sent).toHaveLength(7);
    await vi.advanceTimersByTimeAsync(1);
    expect(lrs.sent).toHaveLength(8);
    expect(outbox.status).toMatchObject({ pending: 0, state: 'idle' });
  });

  it('listens for the network only while a retry waits', async () => {
    const lrs = fakeLrs();
    const network = fakeNetwork();
    const { outbox } = open(memoryStorage(), lrs, undefined, network);
    outbox.add(statement(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(network.listeners.size).toBe(0);
    lrs.answer = 'unavailable';
    outbox.add(statement(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(network.listeners.size).toBe(1);
    // The retry made by the timer: still unavailable, still one listener (not one per retry).
    await vi.advanceTimersByTimeAsync(retryDelay(1));
    expect(lrs.sent).toHaveLength(3);
    expect(network.listeners.size).toBe(1);
    lrs.answer = 'acknowledged';
    await vi.advanceTimersByTimeAsync(retryDelay(2));
    expect(outbox.status).toMatchObject({ pending: 0, state: 'idle' });
    expect(network.listeners.size).toBe(0);
    // Blocked (401/403) waits for no network: nothing listens.
    lrs.answer = 'unauthorized';
    outbox.add(statement(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.status.state).toBe('blocked');
    expect(network.listeners.size).toBe(0);
  });

  it('survives a reload: a new page sends what the last one left, once', async () => {
    const storage = memoryStorage();
    const down = fakeLrs();
    down.answer = 'unavailable';
    const first = open(storage, down);
    first.outbox.add(statement(1));
    first.outbox.add(statement(2));
    await vi.advanceTimersByTimeAsync(0);
    vi.clearAllTimers(); // the page is gone
    const up = fakeLrs();
    const second = open(storage, up);
    expect(second.outbox.status.pending).toBe(2);
    second.outbox.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(up.sent).toEqual([statement(1).statement.id, statement(2).statement.id]);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps a refused statement aside and goes on with the next', async () => {
    const storage = memoryStorage();
    const lrs: ReturnType<typeof fakeLrs> = fakeLrs();
    const send = lrs.send;
    lrs.send = (o) => {
      lrs.answer = o.statement.id === statement(1).statement.id ? 'refused' : 'acknowledged';
      return send(o);
    };
    const { outbox, statuses } = open(storage, lrs);
    outbox.add(statement(1));
    outbox.add(statement(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.sent).toEqual([statement(1).statement.id, statement(2).statement.id]);
    expect(stored(storage, `${KEY}:refused`)).toEqual([statement(1).statement.id]);
    expect(statuses.at(-1)).toMatchObject({ pending: 0, refused: 1, state: 'idle' });
  });

  it('stops when the LRS no longer accepts the session, keeps everything, and tries again when asked', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    lrs.answer = 'unauthorized';
    const { outbox } = open(storage, lrs);
    outbox.add(statement(1));
    outbox.add(statement(2));
    await vi.advanceTimersByTimeAsync(10 * RETRY_MAX_MS);
    expect(lrs.sent).toEqual([statement(1).statement.id]);
    expect(outbox.status).toMatchObject({ state: 'blocked', pending: 2 });
    expect(stored(storage)).toHaveLength(2);
    lrs.answer = 'acknowledged';
    outbox.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.status).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('is bounded: past its limit a statement is not queued and the status counts it', async () => {
    const lrs = fakeLrs();
    lrs.answer = 'unavailable';
    const { outbox } = open(memoryStorage(), lrs, 2);
    expect(outbox.add(statement(1))).toBe(true);
    expect(outbox.add(statement(2))).toBe(true);
    expect(outbox.add(statement(3))).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.status).toMatchObject({ pending: 2, overflowed: 1 });
  });

  it('ignores what is not a statement in storage', () => {
    const storage = memoryStorage({ [KEY]: JSON.stringify([{ statement: {} }, 3, statement(4)]) });
    expect(open(storage, fakeLrs()).outbox.status.pending).toBe(1);
    expect(open(memoryStorage({ [KEY]: '{not json' }), fakeLrs()).outbox.status.pending).toBe(0);
  });
});

describe('what an LRS answer means for a statement', () => {
  it('acknowledged on 2xx and 409 (the id is known), retried on 5xx, 408, 429; stuck on 401/403; refused otherwise', () => {
    expect([200, 204, 409].map(outcomeOfStatus)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
    expect([500, 503, 408, 429].map(outcomeOfStatus)).toEqual(Array(4).fill('unavailable'));
    expect([401, 403].map(outcomeOfStatus)).toEqual(['unauthorized', 'unauthorized']);
    expect([400, 413].map(outcomeOfStatus)).toEqual(['refused', 'refused']);
  });
});
