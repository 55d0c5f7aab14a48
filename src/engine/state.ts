// The engine's state: plain, serialisable data. Every change returns a new object.
import type { NeedId, PrincipleId, SceneId } from './ids.ts';
import { seedState } from './rng.ts';
import type { Scenario } from './world.ts';

export interface PartnerState {
  readonly trust: number;
  /** Week of the last contact; null while the counsellor has never been in touch. */
  readonly lastContact: number | null;
}

export interface BeneficiaryState {
  readonly needs: readonly NeedId[];
  readonly consent: boolean;
  readonly shared: readonly string[];
  readonly referrals: readonly string[];
  readonly solved: readonly NeedId[];
}

export type PromiseStatus = 'open' | 'kept' | 'missed';

export interface PromiseState {
  readonly partner: string;
  readonly text: string;
  readonly made: number;
  readonly due: number;
  readonly status: PromiseStatus;
  readonly closed: number | null;
}

export const RULES = [
  'share_without_consent',
  'refer_in_field',
  'refer_out_of_field',
  'promise_kept',
  'promise_missed',
  'contact_faded',
] as const;
export type RuleId = (typeof RULES)[number];

export interface Evidence {
  readonly week: number;
  readonly principle: PrincipleId;
  readonly points: number;
  /** 'tag' for an author's `score:`; otherwise the engine rule that produced it. */
  readonly source: 'tag' | RuleId;
  /** The author's sentence (source 'tag'). */
  readonly feedback: string | null;
  /**
   * The ids a rule is about (partner, beneficiary), a promise's text, and for a contact that faded the week
   * of the last contact.
   */
  readonly subject: {
    readonly partner?: string;
    readonly beneficiary?: string;
    readonly promise?: string;
    readonly lastContact?: number;
  };
  /** Index in `decisions` of the choice that led here; null before the first choice. */
  readonly decision: number | null;
}

export interface Decision {
  readonly week: number;
  readonly index: number;
  readonly text: string;
}

export interface HappenedEvent {
  readonly id: string;
  readonly week: number;
}

export interface EngineState {
  readonly week: number;
  readonly timeLeft: number;
  readonly partners: Readonly<Record<string, PartnerState>>;
  /** Bonds between partners, keyed "a|b" with a < b; absent means the starting 50. */
  readonly bonds: Readonly<Record<string, number>>;
  readonly beneficiaries: Readonly<Record<string, BeneficiaryState>>;
  readonly promises: readonly PromiseState[];
  readonly evidence: readonly Evidence[];
  readonly decisions: readonly Decision[];
  readonly events: readonly HappenedEvent[];
  readonly scene: SceneId;
  readonly rng: number;
  readonly ended: boolean;
}

export const BOND_START = 50;

export function bondKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function createState(scenario: Scenario, seed: number): EngineState {
  const partners: Record<string, PartnerState> = {};
  const beneficiaries: Record<string, BeneficiaryState> = {};
  for (const member of scenario.cast) {
    if (member.role === 'partner') partners[member.id] = { trust: member.trust, lastContact: null };
    if (member.role === 'beneficiary') {
      beneficiaries[member.id] = { needs: [], consent: false, shared: [], referrals: [], solved: [] };
    }
  }
  return {
    week: 1,
    timeLeft: scenario.timePerWeek,
    partners,
    bonds: {},
    beneficiaries,
    promises: [],
    evidence: [],
    decisions: [],
    events: [],
    scene: 'office',
    rng: seedState(seed),
    ended: false,
  };
}

export function trustOf(state: EngineState, partner: string): number {
  return state.partners[partner]?.trust ?? 0;
}

export function bondOf(state: EngineState, a: string, b: string): number {
  return state.bonds[bondKey(a, b)] ?? BOND_START;
}

/** Points per principle, summed over the evidence journal. */
export function pointsOf(state: EngineState): Readonly<Record<string, number>> {
  const points: Record<string, number> = {};
  for (const e of state.evidence) points[e.principle] = (points[e.principle] ?? 0) + e.points;
  return points;
}
