// The play session: the controller that owns the Runner of one playthrough, steps it when the
// learner continues or chooses, keeps the play store up to date and autosaves after every choice
// and every step shown. Screens only read the store and call these intents.
import type { ScenarioEntry } from '../content/catalogue.ts';
import type { Locale, PrincipleId } from '../engine/ids.ts';
import type { Level } from '../engine/principles.ts';
import { buildReport } from '../engine/report.ts';
import type { Report } from '../engine/report.ts';
import type { EngineState } from '../engine/state.ts';
import { NarrativeError } from '../narrative/errors.ts';
import { Runner } from '../narrative/runner.ts';
import type { CompiledStory, PlaythroughRecord, Step } from '../narrative/runner.ts';
import { makeReportFile } from '../trainer/report-file.ts';
import type { ReportFile } from '../trainer/report-file.ts';
import type { Learner } from './learner.ts';
import { createPlayStore } from './play-store.ts';
import type { Awaiting, Feedback, PlayState, PlayStore, TranscriptEntry } from './play-store.ts';
import { SAVE_FORMAT, SAVE_VERSION, writeSave } from './saves.ts';
import type { KeyValueStorage } from './storage.ts';

export async function loadStory(entry: ScenarioEntry, locale: Locale): Promise<CompiledStory> {
  const json = await entry.load[locale]();
  return { scenario: entry.scenario, json, locale, storyHash: entry.storyHash };
}

/** What the session needs from outside: where to save, and the clock (for dates on the report). */
export interface SessionContext {
  readonly storage: KeyValueStorage;
  readonly now: () => Date;
}

type Shown = Extract<Step, { kind: 'line' | 'event' }>;

const isShown = (step: Step): step is Shown => step.kind === 'line' || step.kind === 'event';

function entryOf(step: Shown): TranscriptEntry {
  return step.kind === 'line'
    ? { kind: 'line', text: step.text, speaker: step.speaker, mood: step.mood, terms: step.terms }
    : { kind: 'event', text: step.text, week: step.week };
}

function feedbackOf(step: Step, engine: EngineState): Feedback[] {
  if (step.kind !== 'line') return [];
  const items: Feedback[] = [];
  for (const [partner, delta] of Object.entries(step.trust)) {
    items.push({ kind: 'trust', partner, delta, value: engine.partners[partner]?.trust ?? 0 });
  }
  for (const e of step.evidence) items.push({ kind: 'evidence', principle: e.principle, points: e.points });
  return items;
}

/** What a compact save holds besides the record: where the learner is, and their own fields. */
export interface SavedPlaythrough {
  readonly record: PlaythroughRecord;
  /** Steps shown since the last choice. */
  readonly steps: number;
  readonly learner: Learner;
  readonly reflection: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

type Speaker = PlayState['speaker'];

/** Who is on screen once `step` is shown: its speaker, or nobody (narration, a week event). */
function speakerOf(step: Shown): Speaker {
  return step.kind === 'line' && step.speaker !== null ? { id: step.speaker, mood: step.mood } : null;
}

/**
 * Replays `record` with `compiled` to `stepsAfter` steps past its last choice, and rebuilds what
 * live play showed along the way: the lines and events, each choice taken, and who spoke last.
 */
function replayShown(
  compiled: CompiledStory,
  record: PlaythroughRecord,
  stepsAfter: number,
): { runner: Runner; transcript: TranscriptEntry[]; speaker: Speaker } {
  const transcript: TranscriptEntry[] = [];
  let speaker: Speaker = null;
  const onStep = (step: Step, made: number): void => {
    if (isShown(step)) {
      transcript.push(entryOf(step));
      speaker = speakerOf(step);
    } else if (step.kind === 'choices' && made < record.choices.length) {
      const chosen = step.choices.find((c) => c.index === record.choices[made]);
      if (chosen) transcript.push({ kind: 'choice', text: chosen.text });
    }
  };
  const runner = Runner.replay(compiled, record, { stepsAfter, onStep });
  return { runner, transcript, speaker };
}

export class PlaySession {
  readonly store: PlayStore;
  private runner: Runner;
  private compiled: CompiledStory;
  /** The step read ahead of the one on screen: shown when the learner continues. */
  private ahead: Step;
  private serial = 0;
  /** Steps shown since the last choice (the step read ahead is not counted). */
  private shownSteps = 0;
  private switching: Promise<void> | null = null;

  private constructor(
    readonly entry: ScenarioEntry,
    private readonly context: SessionContext,
    compiled: CompiledStory,
    runner: Runner,
    initial: PlayState,
  ) {
    this.compiled = compiled;
    this.runner = runner;
    this.store = createPlayStore(initial);
    this.ahead = { kind: 'end' };
  }

  get scenario(): ScenarioEntry['scenario'] {
    return this.entry.scenario;
  }

  get record(): PlaythroughRecord {
    return this.runner.record;
  }

  /** A new playthrough with a fresh seed; replaces any save of this module. */
  static async start(
    entry: ScenarioEntry,
    locale: Locale,
    learner: Learner,
    seed: number,
    context: SessionContext,
  ): Promise<PlaySession> {
    const compiled = await loadStory(entry, locale);
    const runner = Runner.start(compiled, seed);
    const session = new PlaySession(entry, context, compiled, runner, {
      module: entry.scenario.id,
      locale,
      transcript: [],
      awaiting: 'continue',
      choices: [],
      engine: runner.state,
      scene: runner.state.scene,
      speaker: null,
      feedback: { serial: 0, items: [] },
      learner,
      reflection: '',
      startedAt: context.now().toISOString(),
      finishedAt: null,
      saved: true,
    });
    session.present(runner.next());
    return session;
  }

  /**
   * Puts a saved playthrough back on screen at the same line, as it was shown: the record is
   * replayed to `steps` steps past its last choice. Throws NarrativeError if it cannot be.
   */
  static async fromRecord(
    entry: ScenarioEntry,
    saved: SavedPlaythrough,
    context: SessionContext,
  ): Promise<PlaySession> {
    const compiled = await loadStory(entry, saved.record.locale);
    const { runner, transcript, speaker } = replayShown(compiled, saved.record, saved.steps);
    if (runner.stepsSinceChoice !== saved.steps) {
      throw new NarrativeError('bad-record', `the save is ${saved.steps} steps past its last choice, the story fewer`);
    }
    const session = new PlaySession(entry, context, compiled, runner, {
      module: entry.scenario.id,
      locale: compiled.locale,
      transcript,
      awaiting: 'continue',
      choices: [],
      engine: runner.state,
      scene: runner.state.scene,
      speaker,
      feedback: { serial: 0, items: [] },
      learner: saved.learner,
      reflection: saved.reflection,
      startedAt: saved.startedAt,
      finishedAt: saved.finishedAt,
      saved: true,
    });
    session.shownSteps = saved.steps;
    session.readAhead();
    return session;
  }

  /** Reads the next step and sets what the screen awaits; the state on screen does not change. */
  private readAhead(): void {
    this.ahead = this.runner.ended ? { kind: 'end' } : this.runner.next();
    const awaiting: Awaiting =
      this.ahead.kind === 'choices' ? 'choices' : this.ahead.kind === 'end' ? 'end' : 'continue';
    const wasFinished = this.store.getState().finishedAt;
    this.store.setState({
      awaiting,
      choices: this.ahead.kind === 'choices' ? this.ahead.choices : [],
      finishedAt: awaiting === 'end' ? (wasFinished ?? this.context.now().toISOString()) : null,
    });
    // The save was taken before reading ahead; the end is worth recording with its date.
    if (awaiting === 'end' && wasFinished === null) this.save();
  }

  /** Shows `step` (a line or an event), saves, then reads ahead. */
  private present(step: Step): void {
    if (isShown(step)) {
      const engine = this.runner.state;
      const items = feedbackOf(step, engine);
      if (items.length > 0) this.serial += 1;
      const prev = this.store.getState();
      this.store.setState({
        transcript: [...prev.transcript, entryOf(step)],
        engine,
        scene: step.kind === 'line' ? step.scene : engine.scene,
        speaker: speakerOf(step),
        feedback: items.length > 0 ? { serial: this.serial, items } : prev.feedback,
      });
      this.shownSteps = this.runner.stepsSinceChoice;
      this.save();
      this.readAhead();
      return;
    }
    // Choices straight after a choice, or the end: nothing new to show.
    this.ahead = step;
    this.shownSteps = 0;
    this.store.setState({
      engine: this.runner.state,
      scene: this.runner.state.scene,
      awaiting: step.kind === 'choices' ? 'choices' : 'end',
      choices: step.kind === 'choices' ? step.choices : [],
      finishedAt: step.kind === 'end' ? this.context.now().toISOString() : null,
    });
    this.save();
  }

  /** The learner continues: the step read ahead is shown. */
  continue(): void {
    if (this.switching || this.store.getState().awaiting !== 'continue') return;
    this.undoable(() => {
      this.present(this.ahead);
    });
  }

  /** The learner takes a choice (from the list, a key, or a marker on the map). */
  choose(index: number): void {
    const state = this.store.getState();
    if (this.switching || state.awaiting !== 'choices') return;
    const choice = state.choices.find((c) => c.index === index);
    if (!choice) return;
    this.undoable(() => {
      this.runner.choose(index);
      this.store.setState({
        transcript: [...state.transcript, { kind: 'choice', text: choice.text }],
        awaiting: 'continue',
        choices: [],
      });
      this.present(this.runner.next());
    });
  }

  /**
   * Runs an intent; if the story fails on the way (a NarrativeError), puts the playthrough back
   * where it was before it (the runner replayed to the same point, the screen and the save as they
   * were) and rethrows, so that the screen can say so and let the learner try again.
   */
  private undoable(intent: () => void): void {
    const before = this.store.getState();
    const record = this.runner.record;
    const shown = this.shownSteps;
    try {
      intent();
    } catch (error) {
      if (!(error instanceof NarrativeError)) throw error;
      this.runner = Runner.replay(this.compiled, record, { stepsAfter: shown });
      // The step that was read ahead is read again, to the same effect.
      this.ahead = this.runner.ended ? { kind: 'end' } : this.runner.next();
      this.shownSteps = shown;
      this.store.setState(before, true);
      this.save();
      throw error;
    }
  }

  /** Switches language mid-story: the same choices replayed with the other script, to the same step. */
  async setLocale(locale: Locale): Promise<void> {
    if (locale === this.compiled.locale) return;
    await this.switching;
    const run = async (): Promise<void> => {
      const compiled = await loadStory(this.entry, locale);
      const { runner, transcript, speaker } = replayShown(compiled, this.runner.record, this.shownSteps);
      this.compiled = compiled;
      this.runner = runner;
      this.store.setState({ locale, transcript, engine: runner.state, scene: runner.state.scene, speaker });
      this.save();
      this.readAhead();
    };
    this.switching = run().finally(() => {
      this.switching = null;
    });
    await this.switching;
  }

  setReflection(text: string): void {
    this.store.setState({ reflection: text });
    this.save();
  }

  /** What a compact save of the playthrough holds as it stands (a learning platform keeps it too). */
  toSaved(): SavedPlaythrough {
    const s = this.store.getState();
    return {
      record: this.runner.record,
      steps: this.shownSteps,
      learner: s.learner,
      reflection: s.reflection,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
    };
  }

  private save(): void {
    const s = this.store.getState();
    const saved = writeSave(this.context.storage, {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      module: this.entry.scenario.id,
      savedAt: this.context.now().toISOString(),
      ...this.toSaved(),
    });
    if (saved !== s.saved) this.store.setState({ saved });
  }

  /** The report, in the language of the story on screen. */
  report(): Report {
    return buildReport({
      scenario: this.entry.scenario,
      state: this.runner.state,
      bounds: this.entry.bounds,
      locale: this.compiled.locale,
      storyHash: this.entry.storyHash,
      seed: this.runner.seed,
    });
  }

  /** The report file the learner downloads: the report with its playthrough record and the learner's fields. */
  exportReport(): ReportFile<Report> {
    const s = this.store.getState();
    const selfRating: Partial<Record<PrincipleId, Level>> = {};
    for (const p of this.entry.scenario.principles) {
      const level = s.learner.selfRating[p];
      if (level !== undefined) selfRating[p] = level;
    }
    return makeReportFile(
      this.report(),
      this.runner.record,
      {
        firstName: s.learner.firstName,
        sessionCode: s.learner.sessionCode,
        selfRating,
        reflection: s.reflection,
      },
      this.context.now(),
    );
  }
}
