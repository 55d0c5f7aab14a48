// Statements on their way to a Learning Record Store. Each waits in the device's storage until the
// LRS acknowledges it, so that none is lost when the page reloads or the network or the LRS fails.
// They go one at a time and in order (cmi5 orders its statements); a failure is retried later and
// later again (exponential back-off) or at once when the browser is back online, and a statement the
// LRS refuses is kept aside, never dropped.
import type { Statement } from '@xapi/xapi';
import type { KeyValueStorage } from '../state/storage.ts';
import { tryWrite } from '../state/storage.ts';

/** A statement with where it goes: every statement carries its id, so that a resend is not a duplicate. */
export interface OutgoingStatement {
  readonly endpoint: string;
  /** The `Authorization` header of the session that made it. */
  readonly auth: string;
  readonly statement: Statement & { readonly id: string };
}

/**
 * What an attempt to send came to: `acknowledged` (stored, or already stored under its id),
 * `unavailable` (network, time-out, 5xx: try again later), `unauthorized` (401/403: the session's
 * token is not accepted; waiting will not help), `refused` (the LRS rejects this statement).
 */
export type SendOutcome = 'acknowledged' | 'unavailable' | 'unauthorized' | 'refused';

export type Sender = (outgoing: OutgoingStatement) => Promise<SendOutcome>;

export interface OutboxStatus {
  /** Statements still waiting. */
  readonly pending: number;
  /** Kept aside because the LRS refused them (stored under the outbox's key + `:refused`). */
  readonly refused: number;
  /** Not queued because the outbox was full. */
  readonly overflowed: number;
  /** `waiting`: the LRS could not be reached, a retry is planned; `blocked`: it does not accept the session. */
  readonly state: 'idle' | 'sending' | 'waiting' | 'blocked';
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Where the browser says that it is back online (`window` in the page). */
export interface OnlineEvents {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
}

export interface OutboxOptions {
  readonly storage: KeyValueStorage;
  /** Where the queue is kept (one per registration). */
  readonly key: string;
  readonly send: Sender;
  readonly timers: Timers;
  /** Listened to only while a retry waits: the network back, the retry is made at once. */
  readonly online: OnlineEvents;
  readonly onStatus: (status: OutboxStatus) => void;
  /** How many statements may wait; past it new ones are not queued and the status says so. */
  readonly limit?: number;
}

/** A module sends a few dozen statements; a campaign a few hundred at most. */
export const OUTBOX_LIMIT = 1000;
/** The first retry waits this long; each next one twice as long, up to `RETRY_MAX_MS`. */
export const RETRY_FIRST_MS = 2000;
export const RETRY_MAX_MS = 60_000;

/** The wait before retry number `attempt` (1 for the first retry). */
export function retryDelay(attempt: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, attempt - 1));
}

function isOutgoing(value: unknown): value is OutgoingStatement {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const statement = v['statement'] as Record<string, unknown> | null | undefined;
  return (
    typeof v['endpoint'] === 'string' &&
    typeof v['auth'] === 'string' &&
    typeof statement === 'object' &&
    statement !== null &&
    typeof statement['id'] === 'string'
  );
}

function readList(storage: KeyValueStorage, key: string): OutgoingStatement[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isOutgoing) : [];
  } catch {
    return [];
  }
}

export class StatementOutbox {
  private readonly pending: OutgoingStatement[];
  private readonly refused: OutgoingStatement[];
  private readonly limit: number;
  private overflowed = 0;
  private attempt = 0;
  private state: OutboxStatus['state'] = 'idle';
  private running = false;
  private retry: unknown = null;
  private readonly retryNow = (): void => {
    this.flush();
  };

  constructor(private readonly options: OutboxOptions) {
    this.limit = options.limit ?? OUTBOX_LIMIT;
    // What an earlier page left unsent is sent first.
    this.pending = readList(options.storage, options.key);
    this.refused = readList(options.storage, this.refusedKey);
  }

  private get refusedKey(): string {
    return `${this.options.key}:refused`;
  }

  get status(): OutboxStatus {
    return {
      pending: this.pending.length,
      refused: this.refused.length,
      overflowed: this.overflowed,
      state: this.state,
    };
  }

  /** Queues a statement (kept in storage before anything is sent) and starts sending. */
  add(outgoing: OutgoingStatement): boolean {
    if (this.pending.length >= this.limit) {
      this.overflowed += 1;
      this.report();
      return false;
    }
    this.pending.push(outgoing);
    this.save();
    this.flush();
    return true;
  }

  /** Sends now what waits (at start, when the browser is back online, when the page is leaving). */
  flush(): void {
    this.cancelRetry();
    if (this.state === 'blocked' || this.state === 'waiting') this.attempt = 0;
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.pending[0]; next !== undefined; next = this.pending[0]) {
        this.setState('sending');
        const outcome = await this.options.send(next);
        switch (outcome) {
          case 'acknowledged':
            this.pending.shift();
            this.attempt = 0;
            this.save();
            break;
          case 'refused':
            this.pending.shift();
            this.refused.push(next);
            this.attempt = 0;
            this.save();
            break;
          case 'unavailable':
            this.planRetry();
            this.setState('waiting');
            return;
          case 'unauthorized':
            this.setState('blocked');
            return;
        }
      }
      this.setState('idle');
    } finally {
      this.running = false;
    }
  }

  /** The next try: after the back-off, or as soon as the browser is back online, whichever comes first. */
  private planRetry(): void {
    this.attempt += 1;
    this.retry = this.options.timers.setTimeout(() => {
      this.cancelRetry();
      void this.run();
    }, retryDelay(this.attempt));
    this.options.online.addEventListener('online', this.retryNow);
  }

  private cancelRetry(): void {
    if (this.retry === null) return;
    this.options.timers.clearTimeout(this.retry);
    this.retry = null;
    this.options.online.removeEventListener('online', this.retryNow);
  }

  private setState(state: OutboxStatus['state']): void {
    this.state = state;
    this.report();
  }

  private report(): void {
    this.options.onStatus(this.status);
  }

  private save(): void {
    const { storage, key } = this.options;
    if (this.pending.length === 0) storage.removeItem(key);
    else tryWrite(storage, key, JSON.stringify(this.pending));
    if (this.refused.length > 0) tryWrite(storage, this.refusedKey, JSON.stringify(this.refused));
  }
}
