// cmi5: the game as one Assignable Unit. Launched by a cmi5 LMS with its launch parameters, it
// fetches the session's token, reads `LMS.LaunchData` and sends the cmi5-defined statements in
// their order (initialized; at the end completed, then passed or failed with the score; terminated),
// and one cmi5-allowed `answered` statement per decision. @xapi/cmi5 builds every statement; they
// then wait in the device's outbox until the LRS acknowledges them (src/lms/outbox.ts).
import Cmi5 from '@xapi/cmi5';
import type { LaunchData, LaunchParameters, SendStatementOptions } from '@xapi/cmi5';
import type { LanguageMap, Statement } from '@xapi/xapi';
import type { AxiosPromise, AxiosResponse } from 'axios';
import type { EngineState } from '../engine/state.ts';
import type { KeyValueStorage } from '../state/storage.ts';
import { tryWrite } from '../state/storage.ts';
import type { LmsAdapter, LmsLaunch, LmsNotice, LmsPlaythrough } from './adapter.ts';
import { readCmi5Params } from './cmi5-params.ts';
import type { OnlineEvents, OutboxStatus, Sender, Timers } from './outbox.ts';
import { StatementOutbox } from './outbox.ts';
import { MASTERY_SCORE, overallScore } from './score.ts';
import { choiceResponse, decisionResult } from './scorm12.ts';
import { PRINCIPLES_EXTENSION, WEEK_EXTENSION } from './xapi-ids.ts';

/** The decisions are the questions of one "test" under the AU's activity (`<activityId>/test/decisions/question/…`). */
export const DECISIONS_TEST = 'decisions';

const STORAGE_PREFIX = 'passerelles:cmi5:';

/** The outbox of a registration (what waits for the LRS), in the device's storage. */
export const outboxKey = (registration: string): string => `${STORAGE_PREFIX}outbox:${registration}`;
/** Where the AU keeps its session for a reload of the page (cmi5 best practice 17), in the tab's storage. */
const sessionKey = (p: LaunchParameters): string => `${STORAGE_PREFIX}session:${p.registration}:${p.activityId}`;
/** Where the playthrough of a registration is kept for a reload or a later launch on this device. */
const progressKey = (registration: string): string => `${STORAGE_PREFIX}progress:${registration}`;

interface SessionState {
  readonly authToken: string;
  readonly initializedDate: string;
  /** `terminated` was sent: this session takes no more statements (a new launch opens another). */
  readonly terminated: boolean;
}

interface Progress {
  /** The playthrough's save code. */
  readonly code: string;
  /** Decisions whose statement has been queued. */
  readonly sent: number;
}

function readJson(storage: KeyValueStorage, key: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function readSession(storage: KeyValueStorage, key: string): SessionState | null {
  const v = readJson(storage, key);
  if (!v || typeof v['authToken'] !== 'string' || typeof v['initializedDate'] !== 'string') return null;
  return { authToken: v['authToken'], initializedDate: v['initializedDate'], terminated: v['terminated'] === true };
}

function readProgress(storage: KeyValueStorage, key: string): Progress | null {
  const v = readJson(storage, key);
  if (!v || typeof v['code'] !== 'string' || typeof v['sent'] !== 'number') return null;
  return { code: v['code'], sent: v['sent'] };
}

/** The points each principle gained or lost through one decision (principles it did not touch are left out). */
export function principleChanges(engine: EngineState, decision: number): Record<string, number> {
  const changes: Record<string, number> = {};
  for (const e of engine.evidence) {
    if (e.decision !== decision || e.points === 0) continue;
    changes[e.principle] = (changes[e.principle] ?? 0) + e.points;
  }
  return changes;
}

/**
 * @xapi/cmi5 with its one way out, `sendXapiStatement`, leading to the outbox instead of the network:
 * the library still builds every statement (id, actor, context template, registration, categories,
 * durations), and the outbox delivers them.
 */
class QueuedCmi5 extends Cmi5 {
  /** Applied to the next statement built (a decision's extensions, which the library's builder does not take). */
  private extra: ((statement: Statement) => Statement) | null = null;

  constructor(
    params: LaunchParameters,
    private readonly enqueue: (statement: Statement) => string,
  ) {
    super(params);
  }

  override sendXapiStatement(statement: Statement, options?: SendStatementOptions): AxiosPromise<string[]> {
    const transformed = options?.transform ? options.transform(statement) : statement;
    const extra = this.extra;
    this.extra = null;
    const id = this.enqueue(extra ? extra(transformed) : transformed);
    // Queued, not yet sent: the caller only learns the statement's id.
    return Promise.resolve({ data: [id] } as AxiosResponse<string[]>);
  }

  /** Builds one statement with the library, adding what `extra` adds to it. */
  withExtra(extra: (statement: Statement) => Statement, build: () => unknown): void {
    this.extra = extra;
    try {
      build();
    } finally {
      this.extra = null;
    }
  }
}

export interface Cmi5Options {
  /** The AU's query string, where the LMS put the launch parameters. */
  readonly search: string;
  /** The device's storage (the outbox and the playthrough survive the tab). */
  readonly storage: KeyValueStorage;
  /** The tab's storage (the session survives a reload, not a new launch). */
  readonly tabStorage: KeyValueStorage;
  readonly timers: Timers;
  /** Where the browser says that it is back online: statements waiting for a retry go at once. */
  readonly online: OnlineEvents;
  readonly send: Sender;
  /** The language of the names the statements carry. */
  readonly locale: () => string;
  /** The name of a decision as the LMS's reports show it. */
  readonly decisionName: (n: number, week: number) => string;
  /** Tells the learner (each notice once). */
  readonly notify: (notice: LmsNotice) => void;
  /** How delivery stands, whenever it changes. */
  readonly onDelivery: (status: OutboxStatus) => void;
}

export class Cmi5Adapter implements LmsAdapter {
  readonly kind = 'cmi5' as const;
  private cmi5: QueuedCmi5 | null = null;
  private params: LaunchParameters | null = null;
  private launchData: LaunchData | null = null;
  private outbox: StatementOutbox | null = null;
  private progress: Progress | null = null;
  private finished = false;
  private readonly told = new Set<LmsNotice>();

  constructor(private readonly options: Cmi5Options) {}

  private tell(notice: LmsNotice): void {
    if (this.told.has(notice)) return;
    this.told.add(notice);
    this.options.notify(notice);
  }

  async connect(): Promise<LmsLaunch> {
    const read = readCmi5Params(this.options.search);
    if (read.status === 'absent') {
      this.tell('not-connected');
      return { status: 'standalone', reason: 'no-platform' };
    }
    if (read.status === 'invalid') {
      this.tell('launch-invalid');
      return { status: 'standalone', reason: 'bad-launch' };
    }
    const params = read.params;
    this.params = params;
    // Statements an earlier page of this registration left unsent go first, whatever happens next.
    this.outbox = this.openOutbox(params.registration);
    const kept = readSession(this.options.tabStorage, sessionKey(params));
    if (kept?.terminated) {
      this.tell('session-closed');
      return { status: 'standalone', reason: 'refused' };
    }
    // The library holds the token from the moment it has it, before `initialized` is built.
    const cmi5: QueuedCmi5 = new QueuedCmi5(params, (statement) => this.queue(statement, cmi5.getAuthToken()));
    try {
      // The fetch URL works once: a reload of the page reuses the session it opened.
      await cmi5.initialize(
        kept ? { authToken: kept.authToken, initializedDate: new Date(kept.initializedDate) } : undefined,
      );
    } catch {
      this.tell('fetch-failed');
      return { status: 'standalone', reason: 'refused' };
    }
    this.cmi5 = cmi5;
    this.launchData = cmi5.getLaunchData();
    this.keepSession(cmi5, params, false);
    this.progress = readProgress(this.options.storage, progressKey(params.registration));
    return { status: 'connected', resume: this.progress?.code ?? null };
  }

  private openOutbox(registration: string): StatementOutbox {
    const outbox = new StatementOutbox({
      storage: this.options.storage,
      key: outboxKey(registration),
      send: this.options.send,
      timers: this.options.timers,
      online: this.options.online,
      onStatus: (status) => {
        this.delivery(status);
      },
    });
    outbox.flush();
    return outbox;
  }

  private delivery(status: OutboxStatus): void {
    if (status.refused > 0) this.tell('send-refused');
    if (status.overflowed > 0) this.tell('queue-full');
    if (this.finished && status.pending === 0 && status.refused === 0 && status.overflowed === 0) this.tell('sent');
    this.options.onDelivery(status);
  }

  /** Puts a statement the library built in the outbox; returns its id. */
  private queue(statement: Statement, token: unknown): string {
    const { params, outbox } = this;
    const id = statement.id;
    // The library gives every statement an id: the LRS recognises a resend by it.
    if (!params || !outbox || id === undefined) throw new Error('cmi5: a statement without an id or a session');
    // A fetch URL that answered with an error instead of a token opens no session.
    if (typeof token !== 'string' || token === '') throw new Error('cmi5: no token');
    outbox.add({ endpoint: params.endpoint, auth: `Basic ${token}`, statement: { ...statement, id } });
    return id;
  }

  follow(playthrough: LmsPlaythrough): () => void {
    const cmi5 = this.cmi5;
    const params = this.params;
    if (!cmi5 || !params) return () => undefined;
    const made = (): number => playthrough.store.getState().engine.decisions.length;
    // A resumed playthrough's decisions were sent by the page that made them.
    let sent = Math.min(this.progress?.sent ?? 0, made());
    const update = (): void => {
      if (this.finished) return;
      const state = playthrough.store.getState();
      const count = state.engine.decisions.length;
      // A decision's evidence comes with the lines after it: it is complete once the next one is taken.
      const complete = state.awaiting === 'end' ? count : count - 1;
      for (; sent < complete; sent += 1) this.answered(cmi5, state.engine, sent);
      this.progress = { code: playthrough.saveCode(), sent };
      tryWrite(this.options.storage, progressKey(params.registration), JSON.stringify(this.progress));
      if (state.awaiting === 'end') this.end(cmi5, playthrough);
    };
    update();
    return playthrough.store.subscribe(update);
  }

  leave(): void {
    if (!this.cmi5 || this.finished) return;
    this.terminate(this.cmi5);
  }

  /** The `answered` statement of decision `n`: the option taken, its text, its week, what it did to each principle. */
  private answered(cmi5: QueuedCmi5, engine: EngineState, n: number): void {
    const decision = engine.decisions[n];
    if (!decision) return;
    const lang = this.options.locale();
    const response = choiceResponse(decision.index);
    const result = decisionResult(engine, n);
    const changes = principleChanges(engine, n);
    const name: LanguageMap = { [lang]: this.options.decisionName(n + 1, decision.week) };
    cmi5.withExtra(
      (s) => ({
        ...s,
        result: { ...s.result, extensions: { [PRINCIPLES_EXTENSION]: changes } },
        context: { ...s.context, extensions: { ...s.context?.extensions, [WEEK_EXTENSION]: decision.week } },
      }),
      () =>
        cmi5.interactionChoice(
          DECISIONS_TEST,
          `decision-${String(n + 1).padStart(3, '0')}`,
          [response],
          undefined,
          [{ id: response, description: { [lang]: decision.text } }],
          name,
          undefined,
          result === 'neutral' ? undefined : result === 'correct',
        ),
    );
  }

  /** The end of the module: completed, then passed or failed against the mastery score, then terminated. */
  private end(cmi5: QueuedCmi5, playthrough: LmsPlaythrough): void {
    const score = overallScore(playthrough.report());
    // cmi5's masteryScore is scaled (0–1); the LMS's, from the course structure, wins over the game's.
    const mastery = this.launchData?.masteryScore ?? MASTERY_SCORE / 100;
    const scaled = score / 100;
    // Browse and Review launches must not change the registration's status (cmi5 § 10).
    if (this.launchData?.launchMode === 'Normal') {
      const resultScore = { scaled, raw: score, min: 0, max: 100 };
      this.build(() => cmi5.complete());
      this.build(() => (scaled >= mastery ? cmi5.pass(resultScore) : cmi5.fail(resultScore)));
    }
    this.terminate(cmi5);
  }

  /** Has the library build a statement (it throws when the launch does not allow it: nothing is queued then). */
  private build(statement: () => Promise<unknown>): void {
    try {
      statement().catch(() => undefined);
    } catch {
      this.tell('send-refused');
    }
  }

  /** The session as this tab knows it (its token, when it began, whether it ended), for a reload. */
  private keepSession(cmi5: QueuedCmi5, params: LaunchParameters, terminated: boolean): void {
    tryWrite(
      this.options.tabStorage,
      sessionKey(params),
      JSON.stringify({
        authToken: cmi5.getAuthToken(),
        initializedDate: cmi5.getInitializedDate().toISOString(),
        terminated,
      }),
    );
  }

  private terminate(cmi5: QueuedCmi5): void {
    this.finished = true;
    this.build(() => cmi5.terminate());
    const params = this.params;
    if (params) this.keepSession(cmi5, params, true);
    this.outbox?.flush();
    const status = this.outbox?.status;
    if (status) this.delivery(status);
  }
}
