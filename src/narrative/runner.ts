// The narrative runner: the only place that drives inkjs. It loads a compiled story, binds the
// external functions to the engine state, seeds ink's random, steps line by line applying tags,
// and exposes plain data (lines, choices, the playthrough record) to everyone else.
import { Story } from 'inkjs';
import type { Locale, Mood, SceneId } from '../engine/ids.ts';
import { applyTag, recordDecision } from '../engine/rules.ts';
import { bondOf, createState, hasAgreed, hasRefused, pledgeCount, trustOf } from '../engine/state.ts';
import type { EngineState, Evidence, HappenedEvent } from '../engine/state.ts';
import { readTag } from '../engine/tags.ts';
import type { Tag, TagResult } from '../engine/tags.ts';
import type { Scenario } from '../engine/world.ts';
import { NarrativeError } from './errors.ts';

export interface LineStep {
  readonly kind: 'line';
  readonly text: string;
  readonly speaker: string | null;
  readonly mood: Mood;
  readonly scene: SceneId;
  /** Evidence earned or lost on this line (for feedback as it happens). */
  readonly evidence: readonly Evidence[];
  /** Trust changes on this line, per partner. */
  readonly trust: Readonly<Record<string, number>>;
  /** The glossary terms its `term:` tags name. */
  readonly terms: readonly string[];
}

export interface EventStep {
  readonly kind: 'event';
  readonly id: string;
  readonly text: string;
  readonly week: number;
}

export interface ChoiceView {
  readonly index: number;
  readonly text: string;
  readonly place: string | null;
  /** The choice's place in the story (ink's source path): the same in French and in English. */
  readonly site: string;
}

export interface ChoicesStep {
  readonly kind: 'choices';
  readonly choices: readonly ChoiceView[];
}

export interface EndStep {
  readonly kind: 'end';
}

export type Step = LineStep | EventStep | ChoicesStep | EndStep;

export interface ReplayOptions {
  /** Steps to take after the last choice (stopping early at choices or the end). */
  readonly stepsAfter?: number;
  /** Called with every step the replay produces, in order, and how many choices were made before it. */
  readonly onStep?: (step: Step, choicesSoFar: number) => void;
}

/** A playthrough, fully described: replaying it reproduces its report. */
export interface PlaythroughRecord {
  readonly scenario: string;
  readonly storyHash: string;
  readonly seed: number;
  readonly locale: Locale;
  readonly choices: readonly number[];
}

/** A point to come back to, for exploring every branch from one state. */
export interface Checkpoint {
  readonly ink: string;
  readonly engine: EngineState;
  readonly choices: number;
  readonly offered: readonly ChoiceView[] | null;
  readonly pending: readonly Step[];
  readonly steps: number;
}

export interface CompiledStory {
  readonly scenario: Scenario;
  /** The compiled ink JSON for this locale. */
  readonly json: string;
  readonly locale: Locale;
  /** Hash of the whole scenario (manifest and both languages): saves and reports are tied to it. */
  readonly storyHash: string;
}

type TagCache = Map<string, TagResult>;
const tagCaches = new WeakMap<Scenario, TagCache>();

function tagCacheFor(scenario: Scenario): TagCache {
  let cache = tagCaches.get(scenario);
  if (!cache) {
    cache = new Map();
    tagCaches.set(scenario, cache);
  }
  return cache;
}

const MAX_CONTINUES_PER_STEP = 10_000;
const NO_CHANGE: Readonly<Record<string, number>> = Object.freeze({});

export class Runner {
  private readonly story: Story;
  private engine: EngineState;
  private readonly choicesMade: number[] = [];
  private readonly pending: Step[] = [];
  private inkError: string | null = null;
  private offered: readonly ChoiceView[] | null = null;
  private steps = 0;
  private readonly tags: TagCache;

  private constructor(
    readonly compiled: CompiledStory,
    private currentSeed: number,
  ) {
    this.tags = tagCacheFor(compiled.scenario);
    try {
      this.story = new Story(compiled.json);
    } catch (error) {
      throw new NarrativeError('ink-runtime', `the compiled story cannot be loaded: ${String(error)}`);
    }
    this.story.onError = (message: string): void => {
      this.inkError ??= message;
    };
    this.engine = createState(compiled.scenario, currentSeed);
    this.seedInk(currentSeed);
    this.bindExternals();
  }

  private seedInk(seed: number): void {
    this.story.state.storySeed = seed % 1_000_000;
    this.story.state.previousRandom = 0;
  }

  get seed(): number {
    return this.currentSeed;
  }

  /** Starts the same story again from its beginning, with a new seed (no reloading of the story). */
  restart(seed: number): void {
    this.story.ResetState();
    this.currentSeed = seed;
    this.seedInk(seed);
    this.engine = createState(this.compiled.scenario, seed);
    this.choicesMade.length = 0;
    this.pending.length = 0;
    this.offered = null;
    this.steps = 0;
    this.inkError = null;
  }

  static start(compiled: CompiledStory, seed: number): Runner {
    return new Runner(compiled, seed);
  }

  private bindExternals(): void {
    const id = (v: unknown): string => String(v);
    const e = (): EngineState => this.engine;
    const answers: Record<string, (a: unknown, b: unknown) => number | boolean> = {
      trust: (p) => trustOf(e(), id(p)),
      bond: (a, b) => bondOf(e(), id(a), id(b)),
      week: () => e().week,
      time_left: () => e().timeLeft,
      has_consent: (b) => e().beneficiaries[id(b)]?.consent ?? false,
      knows_need: (b, n) => e().beneficiaries[id(b)]?.needs.some((x) => x === id(n)) ?? false,
      is_solved: (b, n) => e().beneficiaries[id(b)]?.solved.some((x) => x === id(n)) ?? false,
      open_promises: (p) => e().promises.filter((x) => x.partner === id(p) && x.status === 'open').length,
      happened: (ev) => e().events.some((x) => x.id === id(ev)),
      agreed: (b, p) => hasAgreed(e(), id(b), id(p)),
      refused: (b, p) => hasRefused(e(), id(b), id(p)),
      open_pledges: (p) => pledgeCount(e(), id(p), 'open'),
      kept_pledges: (p) => pledgeCount(e(), id(p), 'kept'),
      broken_pledges: (p) => pledgeCount(e(), id(p), 'broken'),
    };
    for (const [name, answer] of Object.entries(answers)) {
      // Not lookahead-safe: ink must not evaluate them ahead of the tags of the current line.
      this.story.BindExternalFunctionGeneral(name, (args: unknown[]) => answer(args[0], args[1]), false);
    }
  }

  get state(): EngineState {
    return this.engine;
  }

  get scenario(): Scenario {
    return this.compiled.scenario;
  }

  get record(): PlaythroughRecord {
    return {
      scenario: this.compiled.scenario.id,
      storyHash: this.compiled.storyHash,
      seed: this.seed,
      locale: this.compiled.locale,
      choices: [...this.choicesMade],
    };
  }

  /** Steps returned since the last choice. */
  get stepsSinceChoice(): number {
    return this.steps;
  }

  /** The choices on offer, or null when the story is not waiting for one. */
  get choices(): readonly ChoiceView[] | null {
    return this.offered;
  }

  /** Ink's whole state as JSON: what tells two points of the story apart (for the checker). */
  inkState(): string {
    return this.story.state.ToJson();
  }

  /** Where ink is in the story (its path), or null at the end. */
  get inkPath(): string | null {
    return this.story.state.currentPathString;
  }

  private failIfInkError(): void {
    if (this.inkError !== null) {
      const message = this.inkError;
      this.inkError = null;
      throw new NarrativeError('ink-runtime', message, this.story.state.currentPathString);
    }
  }

  private parse(raw: string): Tag {
    let result = this.tags.get(raw);
    if (!result) {
      result = readTag(raw, this.compiled.scenario);
      this.tags.set(raw, result);
    }
    if (!result.ok) {
      throw new NarrativeError('bad-tag', `tag "${raw}": ${result.error}`, this.story.state.currentPathString);
    }
    return result.tag;
  }

  private eventSteps(events: readonly HappenedEvent[]): EventStep[] {
    return events.map((e) => ({
      kind: 'event',
      id: e.id,
      week: e.week,
      text: this.compiled.scenario.events?.find((x) => x.id === e.id)?.text[this.compiled.locale] ?? e.id,
    }));
  }

  /** Advances to the next thing to show: a line, a week event, the choices, or the end. */
  next(): Step {
    const step = this.advance();
    if (step.kind !== 'choices') this.steps += 1;
    return step;
  }

  private advance(): Step {
    const queued = this.pending.shift();
    if (queued) return queued;
    if (this.offered) return { kind: 'choices', choices: this.offered };

    for (let guard = 0; guard < MAX_CONTINUES_PER_STEP; guard += 1) {
      if (!this.story.canContinue) break;
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (error) {
        throw new NarrativeError(
          'ink-runtime',
          error instanceof Error ? error.message : String(error),
          this.story.state.currentPathString,
        );
      }
      this.failIfInkError();
      const raw = this.story.currentTags;
      let speaker: string | null = null;
      let mood: Mood = 'neutral';
      const evidence: Evidence[] = [];
      const terms: string[] = [];
      const trustBefore = this.engine.partners;
      let events: readonly HappenedEvent[] = [];
      if (raw) {
        for (const r of raw) {
          const tag = this.parse(r);
          if (tag.kind === 'speaker') speaker = tag.id;
          else if (tag.kind === 'mood') mood = tag.mood;
          else if (tag.kind === 'term') terms.push(tag.id);
          const applied = applyTag(this.compiled.scenario, this.engine, tag);
          this.engine = applied.state;
          if (applied.evidence.length > 0) evidence.push(...applied.evidence);
          if (applied.events.length > 0) events = [...events, ...applied.events];
        }
      }
      const trust: Record<string, number> = this.engine.partners === trustBefore ? NO_CHANGE : {};
      if (this.engine.partners !== trustBefore) {
        for (const [id, p] of Object.entries(this.engine.partners)) {
          const before = trustBefore[id]?.trust ?? p.trust;
          if (p.trust !== before) trust[id] = p.trust - before;
        }
      }
      const shown = text.trim();
      if (events.length > 0) {
        // Week events are shown as narration right after the line that began the week.
        const [first, ...rest] = this.eventSteps(events);
        if (shown === '' && first) {
          this.pending.push(...rest);
          return first;
        }
        if (first) this.pending.push(first, ...rest);
      }
      // A line with tags and no text: its effects apply, nothing is shown.
      if (shown === '') continue;
      return { kind: 'line', text: shown, speaker, mood, scene: this.engine.scene, evidence, trust, terms };
    }
    if (this.story.canContinue) {
      throw new NarrativeError(
        'ink-runtime',
        'the story produced no visible line after many steps (a loop?)',
        this.story.state.currentPathString,
      );
    }
    const choices = this.story.currentChoices;
    if (choices.length > 0) {
      this.offered = choices.map((c) => ({
        index: c.index,
        text: c.text.trim(),
        place: this.placeOf(c.tags),
        site: c.sourcePath,
      }));
      return { kind: 'choices', choices: this.offered };
    }
    if (!this.engine.ended) {
      throw new NarrativeError(
        'dead-end',
        'the story stopped with no choice and no "end" tag',
        this.story.state.previousPointer.path?.toString() ?? null,
      );
    }
    return { kind: 'end' };
  }

  private placeOf(tags: string[] | null): string | null {
    if (!tags) return null;
    for (const raw of tags) {
      const tag = this.parse(raw);
      if (tag.kind === 'place') return tag.id;
    }
    return null;
  }

  /** Takes the choice at `index` among those on offer. */
  choose(index: number): void {
    const offered = this.offered;
    const choice = offered?.find((c) => c.index === index);
    if (!offered || !choice) {
      throw new NarrativeError(
        'bad-choice',
        offered ? `no choice ${index} among ${offered.length}` : 'no choice is on offer',
      );
    }
    this.engine = recordDecision(this.engine, index, choice.text);
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      throw new NarrativeError('ink-runtime', error instanceof Error ? error.message : String(error));
    }
    this.failIfInkError();
    this.choicesMade.push(index);
    this.offered = null;
    this.steps = 0;
  }

  get ended(): boolean {
    return this.engine.ended && !this.story.canContinue && this.pending.length === 0 && this.offered === null;
  }

  /** A point to come back to; `ink` may pass the story state's JSON if the caller already has it. */
  checkpoint(ink: string = this.story.state.ToJson()): Checkpoint {
    return {
      ink,
      engine: this.engine,
      choices: this.choicesMade.length,
      offered: this.offered,
      pending: [...this.pending],
      steps: this.steps,
    };
  }

  rewind(checkpoint: Checkpoint): void {
    this.story.state.LoadJson(checkpoint.ink);
    this.engine = checkpoint.engine;
    this.choicesMade.length = checkpoint.choices;
    this.offered = checkpoint.offered;
    this.pending.length = 0;
    this.pending.push(...checkpoint.pending);
    this.steps = checkpoint.steps;
    this.inkError = null;
  }

  /**
   * Plays a record from the start: every choice in order, then `stepsAfter` more steps, calling
   * `onStep` with each step produced (lines, events, choices, the end) as live play would show it.
   * The record's locale may differ from the compiled story's (switching language replays the
   * same choices in the other language).
   */
  static replay(compiled: CompiledStory, record: PlaythroughRecord, options: ReplayOptions = {}): Runner {
    Runner.checkRecord(compiled, record);
    return new Runner(compiled, record.seed).play(record, options);
  }

  /**
   * The same as `Runner.replay`, on this runner's story, already loaded: it starts again from the
   * beginning with the record's seed. For replaying many records of one story (the trainer space
   * verifies a whole class) without loading the story each time.
   */
  replay(record: PlaythroughRecord, options: ReplayOptions = {}): this {
    Runner.checkRecord(this.compiled, record);
    this.restart(record.seed);
    return this.play(record, options);
  }

  private static checkRecord(compiled: CompiledStory, record: PlaythroughRecord): void {
    if (record.scenario !== compiled.scenario.id || record.storyHash !== compiled.storyHash) {
      throw new NarrativeError('bad-record', 'this playthrough was recorded with another version of the story');
    }
    if (!Number.isSafeInteger(record.seed)) throw new NarrativeError('bad-record', 'the seed is not an integer');
  }

  private play(record: PlaythroughRecord, { stepsAfter = 0, onStep }: ReplayOptions): this {
    record.choices.forEach((index, made) => {
      let step = this.next();
      onStep?.(step, made);
      while (step.kind !== 'choices') {
        if (step.kind === 'end')
          throw new NarrativeError('bad-record', 'the record has more choices than the story offers');
        step = this.next();
        onStep?.(step, made);
      }
      if (!Number.isInteger(index)) throw new NarrativeError('bad-record', 'a choice is not a number');
      this.choose(index);
    });
    for (let i = 0; i < stepsAfter; i += 1) {
      const step = this.next();
      onStep?.(step, record.choices.length);
      if (step.kind === 'choices' || step.kind === 'end') break;
    }
    return this;
  }
}
