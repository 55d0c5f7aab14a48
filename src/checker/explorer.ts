// Exploring a scenario's playthroughs: exhaustively (deduplicated on ink + engine state) while
// the number of distinct states stays within a bound, by seeded random and greedy walks beyond.
// It finds each principle's worst and best, the choices offered, dead ends and runtime errors.
import type { PrincipleId } from '../engine/ids.ts';
import { draw, seedState } from '../engine/rng.ts';
import type { Bounds } from '../engine/report.ts';
import type { EngineState } from '../engine/state.ts';
import { NarrativeError } from '../narrative/errors.ts';
import { Runner } from '../narrative/runner.ts';
import type { CompiledStory } from '../narrative/runner.ts';
import { decisionIdOf } from '../content/catalogue.ts';

export interface ExploreOptions {
  /** Distinct choice-point states before switching from exhaustive to sampling. */
  readonly maxStates: number;
  /** Walks when sampling (random and greedy). */
  readonly samples: number;
  readonly seed: number;
}

export const DEFAULT_EXPLORE: ExploreOptions = { maxStates: 8_000, samples: 150, seed: 1 };

/** Bump when the explorer finds bounds differently: cached bounds are keyed on it. */
export const EXPLORER_VERSION = 2;

export interface Incident {
  readonly kind: 'dead-end' | 'error';
  readonly message: string;
  /** The ink path where it happened, when known. */
  readonly path: string | null;
  readonly choices: readonly number[];
}

/** A decision point as the explorer first met it: where, what each option earns, how to get there. */
export interface MetDecision {
  readonly id: string;
  readonly sites: readonly string[];
  /** Per option, in order: points per assessed principle up to the next decision (non-zero only). */
  readonly evidence: readonly Partial<Record<PrincipleId, number>>[];
  /** The playthrough that first reached it: its seed and the choices made before it. */
  readonly seed: number;
  readonly choices: readonly number[];
  /** As shown in the explored language: the last line before the options (null when that line came
   * before the previous decision: only a replay knows it), and the options' labels. */
  readonly prompt: string | null;
  readonly labels: readonly string[];
}

export interface ExploreResult {
  readonly mode: 'exhaustive' | 'sampled';
  /** Distinct choice-point states visited. */
  readonly states: number;
  /** Complete playthroughs: counted exactly when exhaustive, walked when sampled. */
  readonly playthroughs: number;
  readonly bounds: Bounds;
  /** Source paths of every choice that some playthrough offered. */
  readonly offered: ReadonlySet<string>;
  readonly incidents: readonly Incident[];
  /** Every decision point met, in the order first met. */
  readonly decisions: readonly MetDecision[];
  /** Loops in the story graph that return to an identical state (skipped). */
  readonly cycles: number;
  readonly ms: number;
}

class TooManyStates extends Error {}

/**
 * What can change the future of a playthrough at a choice point: ink's saved state and the
 * engine's, less the journal (evidence, decisions). Ink's save also numbers threads and turns as
 * they are created: two paths of different lengths to the same point differ there only, so those
 * counters are blanked.
 */
function stateKey(runner: Runner, ink: string): string {
  const e: EngineState = runner.state;
  const inkKey = ink
    .replace(/"(?:threadIndex|originalThreadIndex|threadCounter|turnIdx)":-?\d+/g, '')
    .replace(/"\d+":\{"callstack"/g, '{"callstack"');
  const engine = JSON.stringify([
    e.week,
    e.timeLeft,
    e.partners,
    e.bonds,
    e.beneficiaries,
    e.promises,
    e.pledges,
    e.events,
    e.scene,
    e.rng,
  ]);
  return inkKey + engine;
}

function pointsByPrinciple(state: EngineState, from: number, principles: readonly PrincipleId[]): number[] {
  const out = principles.map(() => 0);
  for (let i = from; i < state.evidence.length; i += 1) {
    const e = state.evidence[i];
    if (!e) continue;
    const k = principles.indexOf(e.principle);
    if (k >= 0) out[k] = (out[k] ?? 0) + e.points;
  }
  return out;
}

/** The choices' places in the story (inkjs `Choice.sourcePath`), in the order offered. */
function choiceSites(runner: Runner): string[] {
  return (runner.choices ?? []).map((c) => c.site);
}

/**
 * Notes each decision point the first time it is met: what each of its options earns up to the
 * next decision, found by trying them all from a checkpoint and coming back.
 */
class DecisionRecorder {
  readonly met: MetDecision[] = [];
  private readonly ids = new Set<string>();
  private readonly sink = new Set<string>();

  constructor(private readonly principles: readonly PrincipleId[]) {}

  meet(runner: Runner, prompt: string | null): void {
    const sites = choiceSites(runner);
    const id = decisionIdOf(sites);
    if (this.ids.has(id)) return;
    this.ids.add(id);
    const record = runner.record;
    const cp = runner.checkpoint();
    const evidence = (runner.choices ?? []).map((choice) => {
      runner.rewind(cp);
      runner.choose(choice.index);
      const gained = runSegment(runner, this.principles, this.sink, []).gained;
      const points: Partial<Record<PrincipleId, number>> = {};
      this.principles.forEach((p, k) => {
        if (gained[k]) points[p] = gained[k];
      });
      return points;
    });
    runner.rewind(cp);
    const labels = (runner.choices ?? []).map((c) => c.text);
    this.met.push({ id, sites, evidence, seed: record.seed, choices: record.choices, prompt, labels });
  }
}

type Segment =
  | { readonly kind: 'choices'; readonly gained: number[] }
  | { readonly kind: 'end'; readonly gained: number[] }
  | { readonly kind: 'stop'; readonly gained: number[] };

/** Runs until the next choice point or the end, noting what was offered and what went wrong. */
function runSegment(
  runner: Runner,
  principles: readonly PrincipleId[],
  offered: Set<string>,
  incidents: Incident[],
  recorder?: DecisionRecorder,
): Segment {
  const before = runner.state.evidence.length;
  let lastLine: string | null = null;
  try {
    for (;;) {
      const step = runner.next();
      if (step.kind === 'line') lastLine = step.text;
      if (step.kind === 'choices') {
        for (const site of choiceSites(runner)) offered.add(site);
        recorder?.meet(runner, lastLine);
        return { kind: 'choices', gained: pointsByPrinciple(runner.state, before, principles) };
      }
      if (step.kind === 'end') return { kind: 'end', gained: pointsByPrinciple(runner.state, before, principles) };
    }
  } catch (error) {
    if (!(error instanceof NarrativeError)) throw error;
    if (incidents.length < 200) {
      incidents.push({
        kind: error.kind === 'dead-end' ? 'dead-end' : 'error',
        message: error.message,
        path: error.path,
        choices: runner.record.choices,
      });
    }
    return { kind: 'stop', gained: pointsByPrinciple(runner.state, before, principles) };
  }
}

interface Range {
  readonly min: number[];
  readonly max: number[];
  readonly paths: number;
}

function exhaustive(
  story: CompiledStory,
  options: ExploreOptions,
  offered: Set<string>,
  incidents: Incident[],
  recorder: DecisionRecorder,
) {
  const principles = story.scenario.principles;
  const runner = Runner.start(story, options.seed);
  const memo = new Map<string, Range>();
  const onStack = new Set<string>();
  let cycles = 0;
  const zero = (): Range => ({ min: principles.map(() => 0), max: principles.map(() => 0), paths: 1 });

  const visit = (key: string, ink: string): Range => {
    onStack.add(key);
    const cp = runner.checkpoint(ink);
    const choices = runner.choices ?? [];
    let min: number[] | null = null;
    let max: number[] | null = null;
    let paths = 0;
    for (const choice of choices) {
      runner.rewind(cp);
      runner.choose(choice.index);
      const seg = runSegment(runner, principles, offered, incidents, recorder);
      let future: Range;
      if (seg.kind === 'choices') {
        const childInk = runner.inkState();
        const childKey = stateKey(runner, childInk);
        if (onStack.has(childKey)) {
          cycles += 1;
          continue;
        }
        const known = memo.get(childKey);
        if (known) future = known;
        else {
          if (memo.size >= options.maxStates) throw new TooManyStates();
          future = visit(childKey, childInk);
        }
      } else future = zero();
      const lo = seg.gained.map((g, k) => g + (future.min[k] ?? 0));
      const hi = seg.gained.map((g, k) => g + (future.max[k] ?? 0));
      min = min ? min.map((v, k) => Math.min(v, lo[k] ?? 0)) : lo;
      max = max ? max.map((v, k) => Math.max(v, hi[k] ?? 0)) : hi;
      paths += future.paths;
    }
    runner.rewind(cp);
    onStack.delete(key);
    const range = { min: min ?? principles.map(() => 0), max: max ?? principles.map(() => 0), paths };
    memo.set(key, range);
    return range;
  };

  const first = runSegment(runner, principles, offered, incidents, recorder);
  let root: Range = zero();
  if (first.kind === 'choices') {
    const ink = runner.inkState();
    root = visit(stateKey(runner, ink), ink);
  }
  const bounds: Record<string, { worst: number; best: number }> = {};
  principles.forEach((p, k) => {
    bounds[p] = {
      worst: (first.gained[k] ?? 0) + (root.min[k] ?? 0),
      best: (first.gained[k] ?? 0) + (root.max[k] ?? 0),
    };
  });
  return { bounds: bounds as Bounds, states: memo.size, playthroughs: root.paths, cycles };
}

/** Walks: random ones, and greedy ones that chase (or flee) each principle's points. */
function sampled(
  story: CompiledStory,
  options: ExploreOptions,
  offered: Set<string>,
  incidents: Incident[],
  into: Record<string, { worst: number; best: number }>,
  recorder: DecisionRecorder,
) {
  const principles = story.scenario.principles;
  let rng = seedState(options.seed * 7919 + 17);
  const random = (): number => {
    const d = draw(rng);
    rng = d.next;
    return d.value;
  };
  const seen = new Set<string>();
  let visits = 0;
  const strategies = principles.length * 2 + 1;
  // (walk / 2) picks the strategy so that both seeds meet every strategy.
  const runner = Runner.start(story, options.seed);
  let walked = 0;
  /** Walks `count` more playthroughs; returns what the walks with the fixed seed met so far. */
  return (count: number): { distinct: number; visits: number } => {
    for (let walk = walked; walk < walked + count; walk += 1) {
      const strategy = Math.floor(walk / 2) % strategies; // 0: random; then greedy max / min per principle
      const target = strategy === 0 ? -1 : Math.floor((strategy - 1) / 2);
      const sign = strategy % 2 === 1 ? 1 : -1;
      // Every other walk keeps the exploration's own seed: on those, meeting known states again
      // says the state space is small. The others vary the seed (week events, ink's RANDOM).
      const fixedSeed = walk % 2 === 0;
      runner.restart(fixedSeed ? options.seed : Math.floor(random() * 1_000_000));
      let seg = runSegment(runner, principles, offered, incidents, recorder);
      const total = [...seg.gained];
      for (let guard = 0; seg.kind === 'choices' && guard < 5_000; guard += 1) {
        const ink = runner.inkState();
        if (fixedSeed) {
          seen.add(stateKey(runner, ink));
          visits += 1;
        }
        const choices = runner.choices ?? [];
        let pick = choices[Math.floor(random() * choices.length)]?.index ?? 0;
        if (target >= 0 && random() < 0.85 && choices.length > 1) {
          const cp = runner.checkpoint(ink);
          let bestScore = -Infinity;
          for (const c of choices) {
            runner.rewind(cp);
            runner.choose(c.index);
            const s = runSegment(runner, principles, new Set(), []);
            const score = sign * (s.gained[target] ?? 0) + random() * 0.5;
            if (score > bestScore) {
              bestScore = score;
              pick = c.index;
            }
          }
          runner.rewind(cp);
        }
        runner.choose(pick);
        seg = runSegment(runner, principles, offered, incidents, recorder);
        seg.gained.forEach((g, k) => {
          total[k] = (total[k] ?? 0) + g;
        });
      }
      principles.forEach((p, k) => {
        const v = total[k] ?? 0;
        const b = into[p];
        into[p] = b ? { worst: Math.min(b.worst, v), best: Math.max(b.best, v) } : { worst: v, best: v };
      });
    }
    walked += count;
    return { distinct: seen.size, visits };
  };
}

/**
 * Samples first (random and greedy walks, several seeds); then, when the walks keep meeting
 * states already seen — a sign that the state space is small —, explores exhaustively within
 * `maxStates`. Exhaustive ranges are exact; sampled ones are what the walks found.
 */
export function explore(story: CompiledStory, options: ExploreOptions = DEFAULT_EXPLORE): ExploreResult {
  const started = performance.now();
  const offered = new Set<string>();
  const incidents: Incident[] = [];
  const bounds: Record<string, { worst: number; best: number }> = {};
  const recorder = new DecisionRecorder(story.scenario.principles);
  const walk = sampled(story, options, offered, incidents, bounds, recorder);
  // A short probe first: if it keeps meeting states already seen, explore exhaustively.
  const probe = Math.min(options.samples, 40);
  let walked = walk(probe);
  const small = walked.distinct <= 300 || walked.distinct < walked.visits * 0.75;
  if (small && options.maxStates > 0) {
    try {
      const result = exhaustive(story, options, offered, incidents, recorder);
      for (const [p, b] of Object.entries(result.bounds)) {
        const seen = bounds[p];
        bounds[p] = seen ? { worst: Math.min(seen.worst, b.worst), best: Math.max(seen.best, b.best) } : b;
      }
      return {
        mode: 'exhaustive',
        ...result,
        bounds,
        offered,
        incidents,
        decisions: recorder.met,
        ms: performance.now() - started,
      };
    } catch (error) {
      if (!(error instanceof TooManyStates)) throw error;
    }
  }
  walked = walk(options.samples - probe);
  return {
    mode: 'sampled',
    states: walked.distinct,
    playthroughs: options.samples,
    bounds,
    offered,
    incidents,
    decisions: recorder.met,
    cycles: 0,
    ms: performance.now() - started,
  };
}

/**
 * The playthrough with the highest (sign 1) or lowest (sign -1) total points over all assessed
 * principles, found exhaustively (deduplicated like `explore`). For tests and authors: the
 * best and the worst a learner can do.
 */
export function extremePath(story: CompiledStory, sign: 1 | -1, seed = 1, maxStates = 200_000): number[] {
  const principles = story.scenario.principles;
  const runner = Runner.start(story, seed);
  const memo = new Map<string, { total: number; path: number[] }>();
  const onStack = new Set<string>();
  const incidents: Incident[] = [];
  const sink = new Set<string>();
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

  const visit = (key: string, ink: string): { total: number; path: number[] } => {
    onStack.add(key);
    const cp = runner.checkpoint(ink);
    let best: { total: number; path: number[] } | null = null;
    for (const choice of runner.choices ?? []) {
      runner.rewind(cp);
      runner.choose(choice.index);
      const seg = runSegment(runner, principles, sink, incidents);
      let future = { total: 0, path: [] as number[] };
      if (seg.kind === 'choices') {
        const childInk = runner.inkState();
        const childKey = stateKey(runner, childInk);
        if (onStack.has(childKey)) continue;
        const known = memo.get(childKey);
        if (known) future = known;
        else {
          if (memo.size >= maxStates) throw new TooManyStates('too many states for an exhaustive search');
          future = visit(childKey, childInk);
        }
      }
      const total = sign * sum(seg.gained) + future.total;
      if (!best || total > best.total) best = { total, path: [choice.index, ...future.path] };
    }
    runner.rewind(cp);
    onStack.delete(key);
    const result = best ?? { total: 0, path: [] };
    memo.set(key, result);
    return result;
  };

  const first = runSegment(runner, principles, sink, incidents);
  if (first.kind !== 'choices') return [];
  const ink = runner.inkState();
  return visit(stateKey(runner, ink), ink).path;
}

/**
 * A good (sign 1) or poor (sign -1) playthrough for scenarios too large for `extremePath`: at each
 * choice, looks `depth` choices ahead (exhaustively, deduplicated) and takes the first step of the
 * best line found. Deterministic for a given seed.
 */
export function greedyPath(story: CompiledStory, sign: 1 | -1, seed = 1, depth = 2): number[] {
  const principles = story.scenario.principles;
  const runner = Runner.start(story, seed);
  const sink = new Set<string>();
  const incidents: Incident[] = [];
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

  const lookahead = (levels: number): number => {
    if (levels === 0 || runner.choices === null) return 0;
    const cp = runner.checkpoint();
    let best = -Infinity;
    for (const c of runner.choices) {
      runner.rewind(cp);
      runner.choose(c.index);
      const seg = runSegment(runner, principles, sink, incidents);
      const value = sign * sum(seg.gained) + (seg.kind === 'choices' ? lookahead(levels - 1) : 0);
      best = Math.max(best, value);
    }
    runner.rewind(cp);
    return best === -Infinity ? 0 : best;
  };

  const path: number[] = [];
  let seg = runSegment(runner, principles, sink, incidents);
  while (seg.kind === 'choices' && path.length < 5_000) {
    const cp = runner.checkpoint();
    let pick = runner.choices?.[0]?.index ?? 0;
    let best = -Infinity;
    for (const c of runner.choices ?? []) {
      runner.rewind(cp);
      runner.choose(c.index);
      const s = runSegment(runner, principles, sink, incidents);
      const value = sign * sum(s.gained) + (s.kind === 'choices' ? lookahead(depth - 1) : 0);
      if (value > best) {
        best = value;
        pick = c.index;
      }
    }
    runner.rewind(cp);
    runner.choose(pick);
    path.push(pick);
    seg = runSegment(runner, principles, sink, incidents);
  }
  return path;
}
