// The browser's `online` event for the LRS outbox's tests, with the listeners it holds in sight.
import type { OnlineEvents } from '../../src/lms/outbox.ts';

export interface FakeNetwork extends OnlineEvents {
  readonly listeners: ReadonlySet<() => void>;
  /** Fires `online`, as the browser does when the network comes back. */
  backOnline(): void;
}

export function fakeNetwork(): FakeNetwork {
  const listeners = new Set<() => void>();
  return {
    listeners,
    addEventListener: (_type, listener) => {
      listeners.add(listener);
    },
    removeEventListener: (_type, listener) => {
      listeners.delete(listener);
    },
    backOnline: () => {
      for (const listener of [...listeners]) listener();
    },
  };
}
