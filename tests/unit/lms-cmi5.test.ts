// The cmi5 adapter against the test LMS, over HTTP: the launch, the statements and their order,
// their validity (@learninglocker/xapi-validation), and the faults.
import validateStatement from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LmsNotice } from '../../src/lms/adapter.ts';
import type { Cmi5Adapter } from '../../src/lms/cmi5.ts';
import type { OutboxStatus, Timers } from '../../src/lms/outbox.ts';
import { PRINCIPLES_EXTENSION, WEEK_EXTENSION } from '../../src/lms/xapi-ids.ts';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { PlaySession } from '../../src/state/play-session.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import type { KeyValueStorage } from '../../src/state/storage.ts';
import { CMI5_SESSION_ID, startTestLms } from '../fixtures/cmi5/test-lms.ts';
import type { Launch, LaunchOptions, StoredStatement, TestLms } from '../fixtures/cmi5/test-lms.ts';
import { fakeNetwork } from './online-fixture.ts';
import type { FakeNetwork } from './online-fixture.ts';
import { miniEntry } from './state-fixture.ts';

// The library's HTTP client is the browser's (XMLHttpRequest), which it looks for as it loads: give
// Node one first.
globalThis.XMLHttpRequest = (await import('xhr2')).default;
const { Cmi5Adapter: Adapter, outboxKey } = await import('../../src/lms/cmi5.ts');
const { lrsSender } = await import('../../src/lms/lrs-sender.ts');

const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const AU = 'urn:passerelles:xapi:au:mini';

/** Retries wait for `tick()`: the test decides when time has passed. */
function manualTimers(): Timers & { tick(): void } {
  let waiting = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (callback) => {
      next += 1;
      waiting.set(next, callback);
      return next;
    },
    clearTimeout: (handle) => {
      waiting.delete(handle as number);
    },
    tick: () => {
      const due = waiting;
      waiting = new Map();
      for (const callback of due.values()) callback();
    },
  };
}

interface Run {
  readonly adapter: Cmi5Adapter;
  readonly notices: LmsNotice[];
  readonly statuses: OutboxStatus[];
  readonly timers: ReturnType<typeof manualTimers>;
  readonly network: FakeNetwork;
}

function adapterFor(
  launch: Launch,
  storage: KeyValueStorage,
  tabStorage: KeyValueStorage = memoryStorage(),
  timeoutMs = 10_000,
): Run {
  const notices: LmsNotice[] = [];
  const statuses: OutboxStatus[] = [];
  const timers = manualTimers();
  const network = fakeNetwork();
  const adapter = new Adapter({
    search: `?${new URLSearchParams(launch.params).toString()}`,
    storage,
    tabStorage,
    timers,
    online: network,
    // The time-out runs on real time: the manual timers only drive the retries.
    send: lrsSender(
      {
        setTimeout: (f, ms) => setTimeout(f, ms),
        clearTimeout: (h) => {
          clearTimeout(h as number);
        },
      },
      timeoutMs,
    ),
    locale: () => 'fr',
    decisionName: (n, week) => `Décision ${n} (semaine ${week})`,
    notify: (n) => notices.push(n),
    onDelivery: (s) => statuses.push(s),
  });
  return { adapter, notices, statuses, timers, network };
}

async function startSession(): Promise<PlaySession> {
  return PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 7, {
    storage: memoryStorage(),
    now: () => new Date('2026-01-01T00:00:00Z'),
  });
}

function followSession(adapter: Cmi5Adapter, session: PlaySession): () => void {
  return adapter.follow({
    module: 'mini',
    store: session.store,
    saveCode: () => 'code',
    report: () => session.report(),
  });
}

async function playToEnd(session: PlaySession, pick = 0): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    const state = session.store.getState();
    if (state.awaiting === 'end') return;
    if (state.awaiting === 'choices')
      session.choose(state.choices[Math.min(pick, state.choices.length - 1)]?.index ?? 0);
    else session.continue();
    await Promise.resolve();
  }
  throw new Error('the mini story did not end');
}

/** Waits until the outbox has nothing left or gives up (it is HTTP on the loopback). */
async function settle(
  run: Run,
  until: (s: OutboxStatus) => boolean = (s) => s.state === 'idle' && s.pending === 0,
): Promise<void> {
  for (let i = 0; i < 1500; i += 1) {
    const last = run.statuses.at(-1);
    if (last && until(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the outbox did not settle: ${JSON.stringify(run.statuses.at(-1))}`);
}

const verbs = (statements: readonly StoredStatement[]): string[] =>
  statements.map((s) => Object.entries(VERBS).find(([, id]) => id === s.verb.id)?.[0] ?? s.verb.id);

let lms: TestLms;
beforeAll(async () => {
  lms = await startTestLms();
});
afterAll(async () => {
  await lms.close();
});

function launch(options?: LaunchOptions): Launch {
  lms.mode = 'up';
  lms.statements.length = 0;
  lms.attempts.length = 0;
  return lms.launch('http://127.0.0.1/au/index.html', AU, options);
}

/** A launch played to its end while the LRS is down: every statement after `initialized` waits. */
async function playToEndInOutage(
  storage: KeyValueStorage,
): Promise<{ launch: Launch; run: Run; session: PlaySession }> {
  const l = launch();
  const run = adapterFor(l, storage);
  await run.adapter.connect();
  await settle(run);
  lms.mode = 'outage';
  const session = await startSession();
  followSession(run.adapter, session);
  await playToEnd(session);
  await settle(run, (s) => s.state === 'waiting');
  return { launch: l, run, session };
}

describe('a cmi5 launch', () => {
  it('sends initialized, one answered per decision, completed, passed or failed with the score, terminated: all valid', async () => {
    const l = launch({ masteryScore: 0.5 });
    const run = adapterFor(l, memoryStorage());
    expect(await run.adapter.connect()).toEqual({ status: 'connected', resume: null });
    const session = await startSession();
    followSession(run.adapter, session);
    await playToEnd(session);
    await settle(run);
    const statements = lms.statements.filter((s) => s.id !== '');
    const decisions = session.store.getState().engine.decisions;
    const percent = session.report().principles.map((p) => p.percent);
    const score = Math.round(percent.reduce((a, b) => a + b, 0) / percent.length);
    expect(verbs(statements)).toEqual([
      'initialized',
      ...decisions.map(() => 'answered'),
      'completed',
      score >= 50 ? 'passed' : 'failed',
      'terminated',
    ]);
    for (const s of statements) expect(validateStatement(s)).toEqual([]);
    // Every statement of the session carries its registration and session id.
    for (const s of statements) {
      const context = s['context'] as { registration: string; extensions: Record<string, unknown> };
      expect(context.registration).toBe(l.registration);
      expect(context.extensions[CMI5_SESSION_ID]).toBe(l.sessionId);
    }
    const result = statements.at(-2)?.['result'] as { score: { scaled: number; raw: number } };
    expect(result.score).toEqual({ scaled: score / 100, raw: score, min: 0, max: 100 });
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(run.notices).toEqual(['sent']);
  });

  it('sends each decision as a cmi5-allowed statement: the option and its text, the week, the principles it moved', async () => {
    const l = launch();
    const run = adapterFor(l, memoryStorage());
    await run.adapter.connect();
    const session = await startSession();
    followSession(run.adapter, session);
    await playToEnd(session);
    await settle(run);
    const engine = session.store.getState().engine;
    const answered = lms.statements.filter((s) => s.verb.id === VERBS.answered);
    expect(answered).toHaveLength(engine.decisions.length);
    answered.forEach((s, n) => {
      const decision = engine.decisions[n];
      const object = s['object'] as {
        id: string;
        definition: { interactionType: string; choices: { id: string; description: { fr: string } }[] };
      };
      const result = s['result'] as { response: string; extensions: Record<string, Record<string, number>> };
      const context = s['context'] as {
        extensions: Record<string, unknown>;
        contextActivities: { category?: unknown };
      };
      expect(object.id).toBe(`${AU}/test/decisions/question/decision-${String(n + 1).padStart(3, '0')}`);
      expect(object.definition.interactionType).toBe('choice');
      expect(object.definition.choices[0]?.description.fr).toBe(decision?.text);
      expect(result.response).toBe(object.definition.choices[0]?.id);
      expect(context.extensions[WEEK_EXTENSION]).toBe(decision?.week);
      // cmi5-allowed: not in the cmi5 category.
      expect(JSON.stringify(context.contextActivities.category ?? [])).not.toContain(CMI5_CATEGORY);
      const sums: Record<string, number> = {};
      for (const e of engine.evidence)
        if (e.decision === n && e.points !== 0) sums[e.principle] = (sums[e.principle] ?? 0) + e.points;
      expect(result.extensions[PRINCIPLES_EXTENSION]).toEqual(sums);
    });
    expect(
      answered.some(
        (s) =>
          Object.keys((s['result'] as { extensions: Record<string, object> }).extensions[PRINCIPLES_EXTENSION] ?? {})
            .length > 0,
      ),
    ).toBe(true);
  });

  it('survives an outage: statements wait in storage, are retried, and arrive once each, in order', async () => {
    const storage = memoryStorage();
    const { launch: l, run, session } = await playToEndInOutage(storage);
    const waiting = JSON.parse(storage.getItem(outboxKey(l.registration)) ?? '[]') as unknown[];
    expect(waiting.length).toBeGreaterThan(2);
    run.timers.tick();
    await settle(run, (s) => s.state === 'waiting' && lms.attempts.filter((a) => a.status === 503).length >= 2);
    lms.mode = 'up';
    run.timers.tick();
    await settle(run);
    expect(storage.getItem(outboxKey(l.registration))).toBeNull();
    const received = verbs(lms.statements);
    const decisions = session.store.getState().engine.decisions.length;
    expect(received).toEqual([
      'initialized',
      ...Array<string>(decisions).fill('answered'),
      'completed',
      received.at(-2),
      'terminated',
    ]);
    expect(['passed', 'failed']).toContain(received.at(-2));
    // Resent under the same ids: the LRS saw more attempts than it stored statements.
    expect(lms.attempts.length).toBeGreaterThan(lms.statements.length);
    expect(new Set(lms.statements.map((s) => s.id)).size).toBe(lms.statements.length);
  });

  it('sends at once when the browser is back online, then listens no more once all is delivered', async () => {
    const { run } = await playToEndInOutage(memoryStorage());
    // The session has ended (terminated is queued) but its statements still wait for the network.
    expect(run.network.listeners.size).toBe(1);
    lms.mode = 'up';
    run.network.backOnline();
    await settle(run);
    expect(verbs(lms.statements).at(-1)).toBe('terminated');
    expect(run.notices).toContain('sent');
    expect(run.network.listeners.size).toBe(0);
  });
});

describe('cmi5 faults', () => {
  it('without launch parameters, says that results are not sent and sends nothing', async () => {
    const run = adapterFor({ ...launch(), params: {} as Launch['params'] }, memoryStorage());
    expect(await run.adapter.connect()).toEqual({ status: 'standalone', reason: 'no-platform' });
    expect(run.notices).toEqual(['not-connected']);
    expect(lms.attempts).toEqual([]);
  });

  it('with forged or missing parameters, says so and sends nothing', async () => {
    const l = launch();
    const run = adapterFor({ ...l, params: { ...l.params, actor: '{"name":"x"}' } }, memoryStorage());
    expect(await run.adapter.connect()).toEqual({ status: 'standalone', reason: 'bad-launch' });
    expect(run.notices).toEqual(['launch-invalid']);
    expect(lms.attempts).toEqual([]);
  });

  it('when the fetch URL fails, or was already used by another page, plays standalone and says so', async () => {
    const broken = adapterFor(launch({ brokenFetch: true }), memoryStorage());
    expect(await broken.adapter.connect()).toEqual({ status: 'standalone', reason: 'refused' });
    expect(broken.notices).toEqual(['fetch-failed']);
    const l = launch();
    const first = adapterFor(l, memoryStorage());
    expect((await first.adapter.connect()).status).toBe('connected');
    // Another tab (its own session storage) with the same launch URL: the token was given once.
    const second = adapterFor(l, memoryStorage());
    expect(await second.adapter.connect()).toEqual({ status: 'standalone', reason: 'refused' });
    expect(second.notices).toEqual(['fetch-failed']);
    await settle(first);
    expect(verbs(lms.statements)).toEqual(['initialized']);
  });

  it('after a reload, carries on the same session without a second fetch or a second initialized', async () => {
    const l = launch();
    const storage = memoryStorage();
    const tab = memoryStorage();
    const first = adapterFor(l, storage, tab);
    await first.adapter.connect();
    await settle(first);
    const reloaded = adapterFor(l, storage, tab);
    expect((await reloaded.adapter.connect()).status).toBe('connected');
    const session = await startSession();
    followSession(reloaded.adapter, session);
    await playToEnd(session);
    await settle(reloaded);
    expect(verbs(lms.statements).filter((v) => v === 'initialized')).toHaveLength(1);
    expect(verbs(lms.statements).at(-1)).toBe('terminated');
  });

  it('leaving mid-game sends terminated; coming back to that page says the session is closed', async () => {
    const l = launch();
    const storage = memoryStorage();
    const tab = memoryStorage();
    const run = adapterFor(l, storage, tab);
    await run.adapter.connect();
    const session = await startSession();
    followSession(run.adapter, session);
    run.adapter.leave();
    await settle(run);
    expect(verbs(lms.statements)).toEqual(['initialized', 'terminated']);
    const back = adapterFor(l, storage, tab);
    expect(await back.adapter.connect()).toEqual({ status: 'standalone', reason: 'refused' });
    expect(back.notices).toEqual(['session-closed']);
  });

  it('when the LRS refuses a statement, keeps it aside on the device, says so, and sends the rest', async () => {
    const l = launch();
    const storage = memoryStorage();
    const run = adapterFor(l, storage);
    await run.adapter.connect();
    await settle(run);
    lms.mode = 'refuse';
    const session = await startSession();
    followSession(run.adapter, session);
    session.continue();
    while (session.store.getState().awaiting !== 'choices') session.continue();
    session.choose(session.store.getState().choices[0]?.index ?? 0);
    await playToEnd(session);
    await settle(run, (s) => s.refused > 0 && s.pending === 0);
    expect(run.notices).toContain('send-refused');
    expect(run.notices).not.toContain('sent');
    const aside = JSON.parse(storage.getItem(`${outboxKey(l.registration)}:refused`) ?? '[]') as unknown[];
    expect(aside.length).toBeGreaterThan(0);
    expect(verbs(lms.statements)).toEqual(['initialized']);
  });

  it('when the LRS no longer accepts the token (401), keeps every statement and shows it as blocked', async () => {
    const l = launch();
    const storage = memoryStorage();
    const run = adapterFor(l, storage);
    await run.adapter.connect();
    await settle(run);
    lms.mode = 'unauthorized';
    const session = await startSession();
    followSession(run.adapter, session);
    await playToEnd(session);
    await settle(run, (s) => s.state === 'blocked');
    const kept = JSON.parse(storage.getItem(outboxKey(l.registration)) ?? '[]') as unknown[];
    expect(kept).toHaveLength(session.store.getState().engine.decisions.length + 3);
  });

  it('when the LRS does not answer, counts it as an outage after the time-out and tries again', async () => {
    const l = launch();
    const run = adapterFor(l, memoryStorage(), memoryStorage(), 300);
    lms.mode = 'silent';
    await run.adapter.connect();
    await settle(run, (s) => s.state === 'waiting');
    expect(lms.statements).toEqual([]);
    lms.mode = 'up';
    run.timers.tick();
    await settle(run);
    expect(verbs(lms.statements)).toEqual(['initialized']);
  });
});
