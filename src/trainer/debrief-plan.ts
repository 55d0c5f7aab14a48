// The debrief's plan, pure: which decision points are worth discussing with the class, what each
// slide says, and how the keys step through them. The view (src/ui/trainer/debrief.ts) only renders.
import { PRINCIPLES } from '../engine/ids.ts';
import type { PrincipleId } from '../engine/ids.ts';
import type { ClassSummary, DecisionSummary, OptionSummary, PrincipleSummary } from './class-summary.ts';

/** A decision is worth discussing when at least this share of the class missed its better option… */
export const KEY_MISSED = 25;
/** …or when the class split: the most taken option gathered at most 60 % (split ≥ 40). */
export const KEY_SPLIT = 40;
/** At most this many decisions, so that a debrief fits in a session. */
export const KEY_MAX = 6;
/** Only decisions met by at least this share of the class: a branch few reached is not a class discussion. */
export const KEY_MET = 1 / 3;
/** When no decision qualifies (the class agreed and chose well), the most met ones, to ask why. */
export const KEY_FALLBACK = 3;

const keyScore = (d: DecisionSummary): number => Math.max(d.missed ?? 0, d.split);

/**
 * The key decision points: those that count for some principle, met by at least a third of the class (KEY_MET) where at least
 * KEY_MISSED % missed the better option or where the class split (KEY_SPLIT), the strongest KEY_MAX of
 * them (the highest of missed and split), shown in the story's order.
 */
export function keyDecisions(decisions: readonly DecisionSummary[], counted: number): DecisionSummary[] {
  // A choice that counts for no principle (where to spend a half-day first) is not one to debrief.
  const met = decisions.filter((d) => d.met > 0 && d.met >= counted * KEY_MET && principleAtStake(d) !== null);
  const strongestFirst = (a: DecisionSummary, b: DecisionSummary): number =>
    keyScore(b) - keyScore(a) || b.met - a.met || a.order - b.order;
  const qualifying = met.filter((d) => (d.missed ?? 0) >= KEY_MISSED || d.split >= KEY_SPLIT);
  const chosen =
    qualifying.length > 0
      ? [...qualifying].sort(strongestFirst).slice(0, KEY_MAX)
      : [...met].sort((a, b) => b.met - a.met || a.order - b.order).slice(0, KEY_FALLBACK);
  return chosen.sort((a, b) => a.order - b.order);
}

/**
 * The principle a decision is about: where the better option and the most taken other option differ
 * most (or, with no better option, where the options differ most). Null when no option counts.
 */
export function principleAtStake(decision: DecisionSummary): PrincipleId | null {
  const good = decision.options.filter((o) => o.good);
  const others = decision.options.filter((o) => !o.good);
  const points = (o: OptionSummary | undefined, p: PrincipleId): number => o?.evidence[p] ?? 0;
  let best: PrincipleId | null = null;
  let bestGap = 0;
  for (const p of PRINCIPLES) {
    let gap: number;
    if (good.length > 0 && others.length > 0) {
      const mostTaken = [...others].sort((a, b) => b.count - a.count)[0];
      gap = Math.abs(points(good[0], p) - points(mostTaken, p));
    } else {
      const values = decision.options.map((o) => points(o, p));
      gap = Math.max(...values) - Math.min(...values);
    }
    if (gap > bestGap) {
      best = p;
      bestGap = gap;
    }
  }
  return best;
}

/** Two questions to discuss per principle (locale keys `class.questions.<principle>.q1|q2`). */
export type QuestionNumber = 'q1' | 'q2';

export type Slide =
  | { readonly kind: 'opening'; readonly counted: number; readonly keys: number }
  | {
      readonly kind: 'decision';
      readonly number: number;
      readonly of: number;
      readonly decision: DecisionSummary;
      readonly principle: PrincipleId | null;
      readonly question: QuestionNumber;
    }
  | { readonly kind: 'closing'; readonly principles: readonly PrincipleSummary[] };

/** Opening, one slide per key decision, then the class's levels per principle. */
export function debriefSlides(summary: ClassSummary): Slide[] {
  const keys = keyDecisions(summary.decisions, summary.counted);
  const asked = new Map<PrincipleId | null, number>();
  const decisions = keys.map((decision, i): Slide => {
    const principle = principleAtStake(decision);
    // The same principle twice in a row gets its other question.
    const times = asked.get(principle) ?? 0;
    asked.set(principle, times + 1);
    return {
      kind: 'decision',
      number: i + 1,
      of: keys.length,
      decision,
      principle,
      question: times % 2 === 0 ? 'q1' : 'q2',
    };
  });
  return [
    { kind: 'opening', counted: summary.counted, keys: keys.length },
    ...decisions,
    { kind: 'closing', principles: summary.principles },
  ];
}

export type DebriefMove = 'next' | 'previous' | 'first' | 'last' | 'close';

/** What a key does in the debrief (null: nothing, the key keeps its usual meaning). */
export function moveOfKey(key: string, shift: boolean): DebriefMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** The slide after a move, kept within the slides (there is no wrapping round: the end stays the end). */
export function step(index: number, move: Exclude<DebriefMove, 'close'>, count: number): number {
  const last = Math.max(0, count - 1);
  switch (move) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
