// SCORM 1.2: the game as one SCO. It finds the LMS's `API` object in a parent or opener window,
// opens the session, resumes from `cmi.suspend_data`, commits after every choice, and at the end
// sends the score, the status, one interaction per decision and the time spent.
import type { Decision, EngineState } from '../engine/state.ts';
import type { LmsAdapter, LmsLaunch, LmsNotice, LmsPlaythrough } from './adapter.ts';
import { overallScore } from './score.ts';

/** The SCORM 1.2 run-time API an LMS puts on a window as `API` (values are strings; booleans too). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** A window as the search sees it (reading across origins throws; the search steps over it). */
export interface ApiHost {
  readonly API?: unknown;
  readonly parent: ApiHost | null;
  readonly opener: ApiHost | null;
}

/** SCORM 1.2's `cmi.suspend_data` is a CMIString4096. */
export const SUSPEND_DATA_MAX = 4096;

/** How many windows up the search climbs from one start, as in ADL's reference script. */
export const API_SEARCH_DEPTH = 7;

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'];

function apiOn(win: ApiHost): Scorm12Api | null {
  try {
    const api: unknown = win.API;
    if (typeof api !== 'object' || api === null) return null;
    const record = api as Record<string, unknown>;
    return METHODS.every((m) => typeof record[m] === 'function') ? (api as Scorm12Api) : null;
  } catch {
    return null;
  }
}

function climb(start: ApiHost | null): Scorm12Api | null {
  let win = start;
  for (let depth = 0; win !== null && depth <= API_SEARCH_DEPTH; depth += 1) {
    const api = apiOn(win);
    if (api) return api;
    let parent: ApiHost | null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (parent === null || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The standard search: this window and its parents, then the opener and its parents. */
export function findScorm12Api(win: ApiHost): Scorm12Api | null {
  const found = climb(win);
  if (found) return found;
  let opener: ApiHost | null;
  try {
    opener = win.opener;
  } catch {
    return null;
  }
  return climb(opener);
}

/** SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours capped at 9999). */
export function scormTimespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const hundredths = centis % 100;
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(hundredths, 2)}`;
}

/** SCORM 1.2's response to a `choice` interaction: one character, a–z for the options in order. */
export function choiceResponse(index: number): string {
  return index >= 0 && index < 26 ? String.fromCharCode(97 + index) : String(index);
}

/** `correct` when the decision earned points on balance, `wrong` when it lost some, else `neutral`. */
export function decisionResult(engine: EngineState, decision: number): 'correct' | 'wrong' | 'neutral' {
  let sum = 0;
  for (const e of engine.evidence) if (e.decision === decision) sum += e.points;
  return sum > 0 ? 'correct' : sum < 0 ? 'wrong' : 'neutral';
}

/** The interaction's id: the decision's number and week (CMIIdentifier: no spaces). */
export function interactionId(decision: Decision, n: number): string {
  return `decision_${String(n + 1).padStart(3, '0')}_week_${decision.week}`;
}

const isTrue = (value: unknown): boolean => value === true || value === 'true';

export interface Scorm12Options {
  /** Where the search for the API starts (the game's own window). */
  readonly host: ApiHost;
  /** Milliseconds, for the session time. */
  readonly clock: () => number;
  /** Tells the learner (each notice once). */
  readonly notify: (notice: LmsNotice) => void;
}

export class Scorm12Adapter implements LmsAdapter {
  readonly kind = 'scorm12' as const;
  private api: Scorm12Api | null = null;
  private startedAt = 0;
  /** Mastery score from the LMS (the manifest's `adlcp:masteryscore`), null when none is set. */
  private mastery: number | null = null;
  /** Interactions already recorded in this attempt (earlier sessions included). */
  private interactions = 0;
  private lastSuspendData: string | null = null;
  /** The playthrough outgrew `cmi.suspend_data`: it is no longer updated in this session. */
  private tooLong = false;
  private finished = false;
  private readonly told = new Set<LmsNotice>();

  constructor(private readonly options: Scorm12Options) {}

  private tell(notice: LmsNotice): void {
    if (this.told.has(notice)) return;
    this.told.add(notice);
    this.options.notify(notice);
  }

  connect(): Promise<LmsLaunch> {
    const api = findScorm12Api(this.options.host);
    if (!api) {
      this.tell('not-connected');
      return Promise.resolve({ status: 'standalone', reason: 'no-platform' });
    }
    let opened: boolean;
    try {
      opened = isTrue(api.LMSInitialize(''));
    } catch {
      opened = false;
    }
    if (!opened) {
      this.tell('refused');
      return Promise.resolve({ status: 'standalone', reason: 'refused' });
    }
    this.api = api;
    this.startedAt = this.options.clock();
    const entry = this.get('cmi.core.entry');
    const status = this.get('cmi.core.lesson_status');
    const mastery = Number.parseFloat(this.get('cmi.student_data.mastery_score'));
    this.mastery = Number.isFinite(mastery) ? mastery : null;
    const count = Number.parseInt(this.get('cmi.interactions._count'), 10);
    this.interactions = Number.isSafeInteger(count) && count > 0 ? count : 0;
    if (status === '' || status === 'not attempted') this.set('cmi.core.lesson_status', 'incomplete');
    const resume = entry === 'resume' ? this.get('cmi.suspend_data') : '';
    this.lastSuspendData = resume;
    return Promise.resolve({ status: 'connected', resume: resume === '' ? null : resume });
  }

  follow(playthrough: LmsPlaythrough): () => void {
    if (!this.api) return () => undefined;
    let decisions = playthrough.store.getState().engine.decisions.length;
    const update = (): void => {
      if (this.finished) return;
      const state = playthrough.store.getState();
      this.keep(playthrough.saveCode());
      const made = state.engine.decisions.length;
      if (made !== decisions) {
        decisions = made;
        // A decision's evidence comes with the lines after it: it is complete once the next one is taken.
        this.record(state.engine, made - 1);
        this.set('cmi.core.exit', 'suspend');
        this.commit();
      }
      if (state.awaiting === 'end') this.end(playthrough);
    };
    update();
    return playthrough.store.subscribe(update);
  }

  leave(): void {
    if (!this.api || this.finished) return;
    this.set('cmi.core.exit', 'suspend');
    this.finish();
  }

  /** Puts the save in `cmi.suspend_data` if it fits; otherwise stops updating it and says so. */
  private keep(code: string): void {
    if (this.tooLong || code === this.lastSuspendData) return;
    if (code.length > SUSPEND_DATA_MAX) {
      // An earlier, shorter save would bring the learner back to a point they have passed: clear it.
      this.tooLong = true;
      this.lastSuspendData = '';
      this.set('cmi.suspend_data', '');
      this.tell('save-too-long');
      return;
    }
    this.lastSuspendData = code;
    this.set('cmi.suspend_data', code);
  }

  /** Records the interactions of decisions `interactions` to `upTo - 1`. */
  private record(engine: EngineState, upTo: number): void {
    for (let n = this.interactions; n < upTo; n += 1) {
      const decision = engine.decisions[n];
      if (!decision) break;
      const prefix = `cmi.interactions.${n}.`;
      this.set(`${prefix}id`, interactionId(decision, n));
      this.set(`${prefix}type`, 'choice');
      this.set(`${prefix}student_response`, choiceResponse(decision.index));
      this.set(`${prefix}result`, decisionResult(engine, n));
      this.interactions = n + 1;
    }
  }

  private end(playthrough: LmsPlaythrough): void {
    const engine = playthrough.store.getState().engine;
    this.record(engine, engine.decisions.length);
    const report = playthrough.report();
    const score = overallScore(report);
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', '100');
    this.set('cmi.core.score.raw', String(score));
    report.principles.forEach((p, n) => {
      const prefix = `cmi.objectives.${n}.`;
      this.set(`${prefix}id`, p.id);
      this.set(`${prefix}score.min`, '0');
      this.set(`${prefix}score.max`, '100');
      this.set(`${prefix}score.raw`, String(p.percent));
      this.set(`${prefix}status`, this.statusOf(p.percent));
    });
    this.set('cmi.core.lesson_status', this.statusOf(score));
    this.set('cmi.core.exit', '');
    this.finish();
    if (!this.told.has('send-failed')) this.tell('sent');
  }

  private statusOf(score: number): 'passed' | 'failed' | 'completed' {
    if (this.mastery === null) return 'completed';
    return score >= this.mastery ? 'passed' : 'failed';
  }

  private finish(): void {
    this.set('cmi.core.session_time', scormTimespan(this.options.clock() - this.startedAt));
    this.commit();
    this.finished = true;
    try {
      if (!isTrue(this.api?.LMSFinish(''))) this.tell('send-failed');
    } catch {
      this.tell('send-failed');
    }
  }

  private get(element: string): string {
    try {
      const value = this.api?.LMSGetValue(element);
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  }

  private set(element: string, value: string): void {
    try {
      if (!isTrue(this.api?.LMSSetValue(element, value))) this.tell('send-failed');
    } catch {
      this.tell('send-failed');
    }
  }

  private commit(): void {
    try {
      if (!isTrue(this.api?.LMSCommit(''))) this.tell('send-failed');
    } catch {
      this.tell('send-failed');
    }
  }
}
