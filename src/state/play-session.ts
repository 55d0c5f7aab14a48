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
import type { SaveEnvelope } from './saves.ts';
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
    ? { kind: 'line', text: step.text, speaker: step.speaker, mood: step.mood }
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

/**
 * Plays `record` from the start with `compiled`, every choice in order, then `stepsAfter` more steps,
 * exactly as `Runner.replay` does, and keeps what would have been shown along the way.
 */
export function replayWithTranscript(
  compiled: CompiledStory,
  record: PlaythroughRecord,
  stepsAfter: number,
): { runner: Runner; transcript: TranscriptEntry[] } {
  if (record.scenario !== compiled.scenario.id || record.storyHash !== compiled.storyHash) {
    throw new NarrativeError('bad-record', 'this playthrough was recorded with another version of the story');
  }
  if (!Number.isSafeInteger(record.seed)) throw new NarrativeError('bad-record', 'the seed is not an integer');
  const runner = Runner.start(compiled, record.seed);
  const transcript: TranscriptEntry[] = [];
  for (const index of record.choices) {
    let step = runner.next();
    while (step.kind !== 'choices') {
      if (step.kind === 'end')
        throw new NarrativeError('bad-record', 'the record has more choices than the story offers');
      transcript.push(entryOf(step));
      step = runner.next();
    }
    const choice = step.choices.find((c) => c.index === index);
    runner.choose(index);
    if (choice) transcript.push({ kind: 'choice', text: choice.text });
  }
  for (let i = 0; i < stepsAfter; i += 1) {
    const step = runner.next();
    if (!isShown(step)) break;
    transcript.push(entryOf(step));
  }
  return { runner, transcript };
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

  /** Puts a saved playthrough back on screen at the same line. Throws NarrativeError if it cannot. */
  static async resume(entry: ScenarioEntry, envelope: SaveEnvelope, context: SessionContext): Promise<PlaySession> {
    const compiled = await loadStory(entry, envelope.runner.record.locale);
    const runner = Runner.restore(compiled, envelope.runner);
    const last = [...envelope.transcript].reverse().find((e) => e.kind === 'line');
    const session = new PlaySession(entry, context, compiled, runner, {
      module: entry.scenario.id,
      locale: compiled.locale,
      transcript: envelope.transcript,
      awaiting: envelope.awaiting,
      choices: [],
      engine: runner.state,
      scene: runner.state.scene,
      speaker: last?.kind === 'line' && last.speaker !== null ? { id: last.speaker, mood: last.mood } : null,
      feedback: { serial: 0, items: [] },
      learner: envelope.learner,
      reflection: envelope.reflection,
      startedAt: envelope.startedAt,
      finishedAt: envelope.finishedAt,
      saved: true,
    });
    session.shownSteps = envelope.runner.stepsSinceChoice;
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
        speaker: step.kind === 'line' && step.speaker !== null ? { id: step.speaker, mood: step.mood } : null,
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
    this.present(this.ahead);
  }

  /** The learner takes a choice (from the list, a key, or a marker on the map). */
  choose(index: number): void {
    const state = this.store.getState();
    if (this.switching || state.awaiting !== 'choices') return;
    const choice = state.choices.find((c) => c.index === index);
    if (!choice) return;
    this.runner.choose(index);
    this.store.setState({
      transcript: [...state.transcript, { kind: 'choice', text: choice.text }],
      awaiting: 'continue',
      choices: [],
    });
    this.present(this.runner.next());
  }

  /** Switches language mid-story: the same choices replayed with the other script, to the same step. */
  async setLocale(locale: Locale): Promise<void> {
    if (locale === this.compiled.locale) return;
    await this.switching;
    const run = async (): Promise<void> => {
      const compiled = await loadStory(this.entry, locale);
      const { runner, transcript } = replayWithTranscript(compiled, this.runner.record, this.shownSteps);
      this.compiled = compiled;
      this.runner = runner;
      const last = [...transcript].reverse().find((e) => e.kind === 'line');
      this.store.setState({
        locale,
        transcript,
        engine: runner.state,
        scene: runner.state.scene,
        speaker: last?.kind === 'line' && last.speaker !== null ? { id: last.speaker, mood: last.mood } : null,
      });
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

  private save(): void {
    const s = this.store.getState();
    const envelope: SaveEnvelope = {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      module: this.entry.scenario.id,
      storyHash: this.entry.storyHash,
      locale: this.compiled.locale,
      savedAt: this.context.now().toISOString(),
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
      runner: this.runner.save(),
      transcript: s.transcript,
      awaiting: s.awaiting,
      learner: s.learner,
      reflection: s.reflection,
    };
    const saved = writeSave(this.context.storage, envelope);
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
