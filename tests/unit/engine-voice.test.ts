// The person's own voice: she agrees to an orientation, turns it down, withdraws her consent.
import { describe, expect, it } from 'vitest';
import { applyTag, RULE_POINTS } from '../../src/engine/rules.ts';
import { createState, hasAgreed, hasRefused, pointsOf } from '../../src/engine/state.ts';
import type { EngineState } from '../../src/engine/state.ts';
import { scenario, tag } from './helpers.ts';

const s = scenario();
const play = (tags: string[], from: EngineState = createState(s, 1)): EngineState =>
  tags.reduce((state, raw) => applyTag(s, state, tag(raw)).state, from);
const rules = (state: EngineState): [string, string, number][] =>
  state.evidence.map((e) => [e.source, e.principle, e.points]);

describe('rule: a referral earns only when she agreed to it', () => {
  const before = ['consent: ana', 'need: ana formation'];

  it('agree then refer, in the partner’s field: reseau +2 and no ethics evidence', () => {
    const state = play([...before, 'agree: ana cfp', 'refer: ana cfp']);
    expect(rules(state)).toEqual([['refer_in_field', 'reseau', RULE_POINTS.referInField]]);
    expect(pointsOf(state)).toEqual({ reseau: 2 });
    expect(state.beneficiaries['ana']?.referrals).toEqual(['cfp']);
  });

  it('refer without her agreement: decided for her, ethique −2 and no reseau gain', () => {
    const state = play([...before, 'refer: ana cfp']);
    expect(rules(state)).toEqual([['refer_without_agreement', 'ethique', RULE_POINTS.referWithoutAgreement]]);
    expect(pointsOf(state)).toEqual({ ethique: -2 });
    expect(state.evidence[0]?.subject).toEqual({ beneficiary: 'ana', partner: 'cfp' });
  });

  it('her agreement to one partner does not cover another', () => {
    const state = play([...before, 'need: ana garde_enfants', 'agree: ana rpe', 'refer: ana cfp']);
    expect(rules(state)).toEqual([['refer_without_agreement', 'ethique', -2]]);
  });

  it('refer after she refused: ethique −3, no reseau gain', () => {
    const state = play([...before, 'refuse: ana cfp', 'refer: ana cfp']);
    expect(rules(state)).toEqual([['refer_against_refusal', 'ethique', RULE_POINTS.referAgainstRefusal]]);
    expect(pointsOf(state)).toEqual({ ethique: -3 });
  });

  it('she refuses, then agrees after talking it over: the referral earns as any agreed one', () => {
    const state = play([...before, 'refuse: ana cfp', 'agree: ana cfp', 'refer: ana cfp']);
    expect(rules(state)).toEqual([['refer_in_field', 'reseau', 2]]);
    expect(hasRefused(state, 'ana', 'cfp')).toBe(false);
    expect(hasAgreed(state, 'ana', 'cfp')).toBe(true);
  });

  it('she agrees, then changes her mind: her refusal is her latest word', () => {
    const state = play([...before, 'agree: ana cfp', 'refuse: ana cfp']);
    expect(hasAgreed(state, 'ana', 'cfp')).toBe(false);
    expect(hasRefused(state, 'ana', 'cfp')).toBe(true);
    expect(rules(play(['refer: ana cfp'], state))).toEqual([['refer_against_refusal', 'ethique', -3]]);
  });

  it('outside the partner’s field, her agreement does not save the network error', () => {
    const state = play(['consent: ana', 'need: ana garde_enfants', 'agree: ana cfp', 'refer: ana cfp']);
    expect(rules(state)).toEqual([['refer_out_of_field', 'reseau', RULE_POINTS.referOutOfField]]);
  });

  it('outside the field and without her agreement, both count', () => {
    const state = play(['consent: ana', 'refer: ana cfp']);
    expect(rules(state)).toEqual([
      ['refer_without_agreement', 'ethique', -2],
      ['refer_out_of_field', 'reseau', -2],
    ]);
  });

  it('agreeing is not consent to share: referring before consent is still a breach', () => {
    const state = play(['need: ana formation', 'agree: ana cfp', 'refer: ana cfp']);
    expect(rules(state)).toEqual([
      ['share_without_consent', 'ethique', RULE_POINTS.shareWithoutConsent],
      ['refer_in_field', 'reseau', 2],
    ]);
  });

  it('agree and refuse change nothing else and produce no evidence', () => {
    const state = play(['agree: ana cfp', 'refuse: ana rpe', 'agree: ana cfp']);
    expect(state.evidence).toEqual([]);
    expect(state.beneficiaries['ana']).toMatchObject({ agreed: ['cfp'], refused: ['rpe'], shared: [], consent: false });
  });
});

describe('rule: a withdrawal of consent is honoured', () => {
  it('withdraw then share: ethique −3 (share_after_withdrawal), not the ordinary breach as well', () => {
    const state = play(['consent: ana', 'withdraw: ana', 'share: ana cfp']);
    expect(rules(state)).toEqual([['share_after_withdrawal', 'ethique', RULE_POINTS.shareAfterWithdrawal]]);
    expect(state.beneficiaries['ana']?.consent).toBe(false);
  });

  it('every share while withdrawn counts, even to a partner who already had her file', () => {
    const state = play(['consent: ana', 'share: ana cfp', 'withdraw: ana', 'share: ana cfp', 'share: ana cfp']);
    expect(rules(state)).toEqual([
      ['share_after_withdrawal', 'ethique', -3],
      ['share_after_withdrawal', 'ethique', -3],
    ]);
  });

  it('a referral while withdrawn is a share after withdrawal too', () => {
    const state = play(['consent: ana', 'need: ana formation', 'agree: ana cfp', 'withdraw: ana', 'refer: ana cfp']);
    expect(rules(state)).toEqual([
      ['share_after_withdrawal', 'ethique', -3],
      ['refer_in_field', 'reseau', 2],
    ]);
    // Referring her again passes her information on again.
    expect(rules(play(['refer: ana cfp'], state)).slice(2)).toEqual([['share_after_withdrawal', 'ethique', -3]]);
  });

  it('withdraw, then a new consent, then share: nothing to reproach', () => {
    const state = play(['consent: ana', 'withdraw: ana', 'week', 'consent: ana', 'share: ana cfp']);
    expect(state.evidence).toEqual([]);
    expect(state.beneficiaries['ana']?.withdrawals).toEqual([{ week: 1, restored: 2 }]);
    expect(state.beneficiaries['ana']?.consent).toBe(true);
  });

  it('records each withdrawal with its week; withdrawing twice in a row records it once', () => {
    const state = play([
      'consent: ana',
      'week',
      'withdraw: ana',
      'withdraw: ana',
      'consent: ana',
      'week',
      'withdraw: ana',
    ]);
    expect(state.beneficiaries['ana']?.withdrawals).toEqual([
      { week: 2, restored: 2 },
      { week: 3, restored: null },
    ]);
  });

  it('a withdrawal before any consent still forbids sharing, with the withdrawal rule', () => {
    expect(rules(play(['withdraw: ana', 'share: ana rpe']))).toEqual([['share_after_withdrawal', 'ethique', -3]]);
  });

  it('a withdrawal does not take back her agreement to an orientation', () => {
    const state = play(['agree: ana cfp', 'withdraw: ana']);
    expect(hasAgreed(state, 'ana', 'cfp')).toBe(true);
  });
});
