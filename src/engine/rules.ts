// Every tag's effect and the engine's own rules (stories/README.md, "The engine adds evidence of its own").
import type { NeedId, PrincipleId } from './ids.ts';
import { draw } from './rng.ts';
import { bondKey, BOND_START, isWithdrawn } from './state.ts';
import type { BeneficiaryState, EngineState, Evidence, HappenedEvent, PartnerState, RuleId } from './state.ts';
import type { Tag } from './tags.ts';
import { partnerOf } from './world.ts';
import type { Scenario } from './world.ts';

/** The figures of the engine's own rules, in one place. */
export const RULE_POINTS = {
  shareWithoutConsent: -3,
  referInField: 2,
  referOutOfField: -2,
  referWithoutAgreement: -2,
  referAgainstRefusal: -3,
  shareAfterWithdrawal: -3,
  promiseKept: 2,
  promiseMissed: -2,
  contactFaded: -1,
  trustWhenKept: 5,
  trustWhenMissed: -10,
  trustWhenFaded: -5,
  weeksBeforeFading: 3,
} as const;

/**
 * The version of the rules' behaviour. Bump it whenever a rule works differently (a new rule, a new
 * tag with an effect, a changed condition): a playthrough replays identically only under the rules
 * it was played with, and the story hash covers this number and every figure of RULE_POINTS.
 */
export const RULES_VERSION = 2;

/** The rules a playthrough is played under, as text: what the story hash covers of the engine. */
export function rulesFingerprint(
  points: Readonly<Record<string, number>> = RULE_POINTS,
  version = RULES_VERSION,
): string {
  return JSON.stringify({ version, points });
}

export interface Applied {
  readonly state: EngineState;
  /** Evidence this tag produced (already appended to state.evidence). */
  readonly evidence: readonly Evidence[];
  /** Week events that happened as this tag began a new week. */
  readonly events: readonly HappenedEvent[];
}

const clamp = (n: number): number => Math.max(0, Math.min(100, n));

function lastDecision(state: EngineState): number | null {
  return state.decisions.length > 0 ? state.decisions.length - 1 : null;
}

function ruleEvidence(
  state: EngineState,
  principle: PrincipleId,
  points: number,
  rule: RuleId,
  subject: Evidence['subject'],
): Evidence {
  return { week: state.week, principle, points, source: rule, feedback: null, subject, decision: lastDecision(state) };
}

function withPartner(state: EngineState, id: string, change: (p: PartnerState) => PartnerState): EngineState {
  const current = state.partners[id];
  if (!current) return state;
  return { ...state, partners: { ...state.partners, [id]: change(current) } };
}

function withBeneficiary(
  state: EngineState,
  id: string,
  change: (b: BeneficiaryState) => BeneficiaryState,
): EngineState {
  const current = state.beneficiaries[id];
  if (!current) return state;
  return { ...state, beneficiaries: { ...state.beneficiaries, [id]: change(current) } };
}

function meet(state: EngineState, id: string): EngineState {
  const partner = state.partners[id];
  if (!partner || partner.lastContact === state.week) return state;
  return withPartner(state, id, (p) => ({ ...p, lastContact: state.week }));
}

const addOnce = <T>(list: readonly T[], item: T): readonly T[] => (list.includes(item) ? list : [...list, item]);

/**
 * Sharing information about a beneficiary. While she has withdrawn her consent, every share is a
 * breach; otherwise sharing before her consent is one, once per partner.
 */
function share(state: EngineState, beneficiary: string, partner: string, out: Evidence[]): EngineState {
  const b = state.beneficiaries[beneficiary];
  if (!b) return state;
  if (isWithdrawn(b)) {
    out.push(
      ruleEvidence(state, 'ethique', RULE_POINTS.shareAfterWithdrawal, 'share_after_withdrawal', {
        beneficiary,
        partner,
      }),
    );
  } else if (b.shared.includes(partner)) {
    return state;
  } else if (!b.consent) {
    out.push(
      ruleEvidence(state, 'ethique', RULE_POINTS.shareWithoutConsent, 'share_without_consent', {
        beneficiary,
        partner,
      }),
    );
  }
  return withBeneficiary(state, beneficiary, (x) => ({ ...x, shared: addOnce(x.shared, partner) }));
}

/**
 * A referral: the network earns only when she agreed to that partner (decided with her, not for
 * her); a partner outside her identified needs is a network error whatever she said.
 */
function refer(
  scenario: Scenario,
  state: EngineState,
  beneficiary: string,
  partner: string,
  out: Evidence[],
): EngineState {
  const b = state.beneficiaries[beneficiary];
  const p = partnerOf(scenario, partner);
  if (!b || !p) return state;
  // Referring her again while her consent is withdrawn passes her information on again.
  if (b.referrals.includes(partner)) return isWithdrawn(b) ? share(state, beneficiary, partner, out) : state;
  let next = share(state, beneficiary, partner, out);
  const subject = { beneficiary, partner };
  const agreed = b.agreed.includes(partner);
  if (b.refused.includes(partner)) {
    out.push(ruleEvidence(next, 'ethique', RULE_POINTS.referAgainstRefusal, 'refer_against_refusal', subject));
  } else if (!agreed) {
    out.push(ruleEvidence(next, 'ethique', RULE_POINTS.referWithoutAgreement, 'refer_without_agreement', subject));
  }
  if (!b.needs.includes(p.sector)) {
    out.push(ruleEvidence(next, 'reseau', RULE_POINTS.referOutOfField, 'refer_out_of_field', subject));
  } else if (agreed) {
    out.push(ruleEvidence(next, 'reseau', RULE_POINTS.referInField, 'refer_in_field', subject));
  }
  next = withBeneficiary(next, beneficiary, (x) => ({ ...x, referrals: [...x.referrals, partner] }));
  return next;
}

/** Her word on one orientation: agreeing takes back a refusal and the other way round. */
function stance(state: EngineState, beneficiary: string, partner: string, agrees: boolean): EngineState {
  return withBeneficiary(state, beneficiary, (b) => ({
    ...b,
    agreed: agrees ? addOnce(b.agreed, partner) : b.agreed.filter((x) => x !== partner),
    refused: agrees ? b.refused.filter((x) => x !== partner) : addOnce(b.refused, partner),
  }));
}

function withdraw(state: EngineState, beneficiary: string): EngineState {
  return withBeneficiary(state, beneficiary, (b) =>
    isWithdrawn(b)
      ? b
      : { ...b, consent: false, withdrawals: [...b.withdrawals, { week: state.week, restored: null }] },
  );
}

function consent(state: EngineState, beneficiary: string): EngineState {
  return withBeneficiary(state, beneficiary, (b) => {
    if (isWithdrawn(b)) {
      const withdrawals = b.withdrawals.map((w, i) =>
        i === b.withdrawals.length - 1 ? { ...w, restored: state.week } : w,
      );
      return { ...b, consent: true, withdrawals };
    }
    return b.consent ? b : { ...b, consent: true };
  });
}

/** The partner keeps or breaks its oldest open pledge; the engine records it and scores nothing. */
function closePledge(state: EngineState, partner: string, status: 'kept' | 'broken'): EngineState {
  const index = state.pledges.findIndex((p) => p.partner === partner && p.status === 'open');
  if (index === -1) return state;
  return {
    ...state,
    pledges: state.pledges.map((p, i) => (i === index ? { ...p, status, closed: state.week } : p)),
  };
}

function keep(state: EngineState, partner: string, out: Evidence[]): EngineState {
  const index = state.promises.findIndex((p) => p.partner === partner && p.status === 'open');
  if (index === -1) return state;
  const promise = state.promises[index];
  if (!promise) return state;
  out.push(
    ruleEvidence(state, 'confiance', RULE_POINTS.promiseKept, 'promise_kept', { partner, promise: promise.text }),
  );
  const promises = state.promises.map((p, i) =>
    i === index ? { ...p, status: 'kept' as const, closed: state.week } : p,
  );
  const next = { ...state, promises };
  return withPartner(next, partner, (p) => ({ ...p, trust: clamp(p.trust + RULE_POINTS.trustWhenKept) }));
}

/** Ends the current week: promises fall due, unattended partners fade, then week events are drawn. */
function endWeek(
  scenario: Scenario,
  state: EngineState,
  out: Evidence[],
): { state: EngineState; events: HappenedEvent[] } {
  const ending = state.week;
  let next = state;

  if (next.promises.some((p) => p.status === 'open' && p.due <= ending)) {
    const missed: number[] = [];
    const promises = next.promises.map((p, i) => {
      if (p.status !== 'open' || p.due > ending) return p;
      missed.push(i);
      return { ...p, status: 'missed' as const, closed: ending };
    });
    next = { ...next, promises };
    for (const i of missed) {
      const p = promises[i];
      if (!p) continue;
      out.push(
        ruleEvidence(next, 'confiance', RULE_POINTS.promiseMissed, 'promise_missed', {
          partner: p.partner,
          promise: p.text,
        }),
      );
      next = withPartner(next, p.partner, (x) => ({ ...x, trust: clamp(x.trust + RULE_POINTS.trustWhenMissed) }));
    }
  }

  if (next.pledges.some((p) => p.status === 'open' && p.due <= ending)) {
    next = {
      ...next,
      pledges: next.pledges.map((p) =>
        p.status === 'open' && p.due <= ending ? { ...p, status: 'broken' as const, closed: ending } : p,
      ),
    };
  }

  for (const [id, partner] of Object.entries(next.partners)) {
    if (partner.lastContact === null) continue;
    const silent = ending - partner.lastContact;
    if (silent >= RULE_POINTS.weeksBeforeFading && silent % RULE_POINTS.weeksBeforeFading === 0) {
      out.push(
        ruleEvidence(next, 'confiance', RULE_POINTS.contactFaded, 'contact_faded', {
          partner: id,
          lastContact: partner.lastContact,
        }),
      );
      next = withPartner(next, id, (x) => ({ ...x, trust: clamp(x.trust + RULE_POINTS.trustWhenFaded) }));
    }
  }

  const week = ending + 1;
  next = { ...next, week, timeLeft: scenario.timePerWeek };

  const happened: HappenedEvent[] = [];
  let rng = next.rng;
  for (const event of scenario.events ?? []) {
    if (week < event.weeks[0] || week > event.weeks[1]) continue;
    if (next.events.some((e) => e.id === event.id)) continue;
    const d = draw(rng);
    rng = d.next;
    if (d.value * 100 >= event.chance) continue;
    happened.push({ id: event.id, week });
    if (event.kind === 'contact_change' && event.partner !== undefined) {
      // The new contact person does not know the counsellor: trust moves halfway back to neutral.
      next = withPartner(next, event.partner, (x) => ({
        trust: Math.round(BOND_START + (x.trust - BOND_START) / 2),
        lastContact: null,
      }));
    }
  }
  next = { ...next, rng, events: happened.length > 0 ? [...next.events, ...happened] : next.events };
  return { state: next, events: happened };
}

function solve(state: EngineState, beneficiary: string, need: NeedId): EngineState {
  return withBeneficiary(state, beneficiary, (b) => ({ ...b, solved: addOnce(b.solved, need) }));
}

/** A commitment (the counsellor's promise or a partner's pledge) made this week, open until it is due. */
function opened(
  state: EngineState,
  tag: { readonly partner: string; readonly text: string; readonly weeks: number },
): { partner: string; text: string; made: number; due: number; status: 'open'; closed: null } {
  return {
    partner: tag.partner,
    text: tag.text,
    made: state.week,
    due: state.week + tag.weeks,
    status: 'open',
    closed: null,
  };
}

/** Applies one tag. Unknown ids were refused by the checker; here they are ignored. */
export function applyTag(scenario: Scenario, state: EngineState, tag: Tag): Applied {
  const out: Evidence[] = [];
  let events: readonly HappenedEvent[] = [];
  let next = state;
  switch (tag.kind) {
    case 'speaker':
    case 'meet':
      next = meet(state, tag.id);
      break;
    case 'score':
      out.push({
        week: state.week,
        principle: tag.principle,
        points: tag.points,
        source: 'tag',
        feedback: tag.feedback,
        subject: {},
        decision: lastDecision(state),
      });
      break;
    case 'trust':
      next = withPartner(state, tag.partner, (p) => ({ ...p, trust: clamp(p.trust + tag.delta) }));
      break;
    case 'bond': {
      const key = bondKey(tag.a, tag.b);
      next = { ...state, bonds: { ...state.bonds, [key]: clamp((state.bonds[key] ?? BOND_START) + tag.delta) } };
      break;
    }
    case 'need':
      next = withBeneficiary(state, tag.beneficiary, (b) => ({ ...b, needs: addOnce(b.needs, tag.need) }));
      break;
    case 'consent':
      next = consent(state, tag.beneficiary);
      break;
    case 'withdraw':
      next = withdraw(state, tag.beneficiary);
      break;
    case 'agree':
    case 'refuse':
      next = stance(state, tag.beneficiary, tag.partner, tag.kind === 'agree');
      break;
    case 'share':
      next = share(state, tag.beneficiary, tag.partner, out);
      break;
    case 'refer':
      next = refer(scenario, state, tag.beneficiary, tag.partner, out);
      break;
    case 'solve':
      next = solve(state, tag.beneficiary, tag.need);
      break;
    case 'commit':
      next = { ...state, promises: [...state.promises, opened(state, tag)] };
      break;
    case 'keep':
      next = keep(state, tag.partner, out);
      break;
    case 'pledge':
      next = { ...state, pledges: [...state.pledges, opened(state, tag)] };
      break;
    case 'pledge_kept':
      next = closePledge(state, tag.partner, 'kept');
      break;
    case 'pledge_broken':
      next = closePledge(state, tag.partner, 'broken');
      break;
    case 'time':
      next = { ...state, timeLeft: Math.max(0, state.timeLeft - tag.halfDays) };
      break;
    case 'week': {
      const ended = endWeek(scenario, state, out);
      next = ended.state;
      events = ended.events;
      break;
    }
    case 'scene':
      next = state.scene === tag.scene ? state : { ...state, scene: tag.scene };
      break;
    case 'end':
      next = { ...state, ended: true };
      break;
    case 'mood':
    case 'place':
    case 'term':
      break;
    default: {
      const never: never = tag;
      return never;
    }
  }
  if (out.length > 0) next = { ...next, evidence: [...next.evidence, ...out] };
  return { state: next, evidence: out, events };
}

/** Records the learner's choice, so that evidence can say what led to it. */
export function recordDecision(state: EngineState, index: number, text: string): EngineState {
  return { ...state, decisions: [...state.decisions, { week: state.week, index, text }] };
}
