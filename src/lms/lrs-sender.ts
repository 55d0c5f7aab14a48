// Sends one statement to its LRS with the xAPI client of @xapi/xapi, and says what came of it in
// the terms the outbox needs (acknowledged, unavailable, unauthorized, refused).
import XAPI from '@xapi/xapi';
import type { OutgoingStatement, SendOutcome, Sender, Timers } from './outbox.ts';

/** An LRS that has not answered after this long counts as unavailable (the statement is resent later). */
export const SEND_TIMEOUT_MS = 15_000;

/** The outcome of an HTTP status from the statements resource. */
export function outcomeOfStatus(status: number): SendOutcome {
  if (status >= 200 && status < 300) return 'acknowledged';
  // 409: the LRS already holds a statement with this id, that is this one sent before.
  if (status === 409) return 'acknowledged';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 408 || status === 429 || status >= 500) return 'unavailable';
  return 'refused';
}

/** The HTTP status of a failed request (axios puts it on `response`), or null when none came back. */
function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const response = (error as { response?: { status?: unknown } }).response;
  return typeof response?.status === 'number' ? response.status : null;
}

export function lrsSender(timers: Timers, timeoutMs = SEND_TIMEOUT_MS): Sender {
  const clients = new Map<string, XAPI>();
  const clientFor = ({ endpoint, auth }: OutgoingStatement): XAPI => {
    const key = `${endpoint} ${auth}`;
    let client = clients.get(key);
    if (!client) {
      client = new XAPI({ endpoint, auth });
      clients.set(key, client);
    }
    return client;
  };
  return async (outgoing) => {
    let timer: unknown = null;
    const timeout = new Promise<SendOutcome>((resolve) => {
      timer = timers.setTimeout(() => {
        resolve('unavailable');
      }, timeoutMs);
    });
    const sent = clientFor(outgoing)
      .sendStatement({ statement: outgoing.statement })
      .then(
        (response): SendOutcome => outcomeOfStatus(response.status),
        (error: unknown): SendOutcome => {
          const status = statusOf(error);
          return status === null ? 'unavailable' : outcomeOfStatus(status);
        },
      );
    try {
      return await Promise.race([sent, timeout]);
    } finally {
      timers.clearTimeout(timer);
    }
  };
}
