import { describe, expect, it } from 'vitest';
import { applyTag, recordDecision, RULE_POINTS } from '../../src/engine/rules.ts';
import { bondOf, createState, pointsOf, trustOf } from '../../src/engine/state.ts';
import type { EngineState } from '../../src/engine/state.ts';
import type { Scenario } from '../../src/engine/world.ts';
import { scenario, tag } from './helpers.ts';

function play(s: Scenario, tags: string[], seed = 1): EngineState {
  return tags.reduce((state, raw) => applyTag(s, state, tag(raw)).state, createState(s, seed));
}

describe('engine state', () => {
  const s = scenario();

  it('starts at week 1 with the week’s half-days and the partners’ starting trust', () => {
    const state = createState(s, 7);
    expect(state.week).toBe(1);
    expect(state.timeLeft).toBe(6);
    expect(trustOf(state, 'cfp')).toBe(40);
    expect(bondOf(state, 'cfp', 'rpe')).toBe(50);
    expect(state.beneficiaries['ana']).toEqual({
      needs: [],
      consent: false,
      shared: [],
      referrals: [],
      solved: [],
      agreed: [],
      refused: [],
      withdrawals: [],
    });
    expect(state.pledges).toEqual([]);
  });

  it('clamps trust and bonds to 0–100', () => {
    expect(trustOf(play(s, ['trust: cfp +90']), 'cfp')).toBe(100);
    expect(trustOf(play(s, ['trust: cfp -90']), 'cfp')).toBe(0);
    expect(bondOf(play(s, ['bond: rpe cfp +80']), 'cfp', 'rpe')).toBe(100);
    expect(bondOf(play(s, ['bond: cfp rpe -80']), 'rpe', 'cfp')).toBe(0);
  });

  it('spends half-days and refills them when the week ends', () => {
    const state = play(s, ['time: 4', 'time: 4']);
    expect(state.timeLeft).toBe(0);
    const next = applyTag(s, state, tag('week')).state;
    expect(next.week).toBe(2);
    expect(next.timeLeft).toBe(6);
  });

  it('records an author’s score as evidence with its feedback and the choice that led to it', () => {
    let state = recordDecision(createState(s, 1), 0, 'Lui demander son accord');
    state = applyTag(s, state, tag('score: ethique +2 Vous avez demandé son accord.')).state;
    expect(state.evidence).toEqual([
      {
        week: 1,
        principle: 'ethique',
        points: 2,
        source: 'tag',
        feedback: 'Vous avez demandé son accord.',
        subject: {},
        decision: 0,
      },
    ]);
  });
});

describe('rule: consent before sharing', () => {
  const s = scenario();
  it('counts sharing without consent against ethics, once per partner', () => {
    const state = play(s, ['share: ana cfp', 'share: ana cfp']);
    expect(state.evidence.map((e) => [e.source, e.principle, e.points])).toEqual([
      ['share_without_consent', 'ethique', RULE_POINTS.shareWithoutConsent],
    ]);
  });
  it('lets sharing after consent pass without evidence', () => {
    expect(play(s, ['consent: ana', 'share: ana cfp']).evidence).toEqual([]);
  });
  it('treats a referral as a share', () => {
    const state = play(s, ['need: ana formation', 'agree: ana cfp', 'refer: ana cfp']);
    expect(state.evidence.map((e) => e.source)).toEqual(['share_without_consent', 'refer_in_field']);
    expect(state.beneficiaries['ana']?.shared).toEqual(['cfp']);
  });
});

describe('rule: referral inside or outside a partner’s field', () => {
  const s = scenario();
  it('earns reseau when the partner’s sector matches an identified need', () => {
    const state = play(s, ['consent: ana', 'need: ana garde_enfants', 'agree: ana rpe', 'refer: ana rpe']);
    expect(pointsOf(state)).toEqual({ reseau: RULE_POINTS.referInField });
    expect(state.beneficiaries['ana']?.referrals).toEqual(['rpe']);
  });
  it('loses reseau when no identified need matches the partner', () => {
    const state = play(s, ['consent: ana', 'need: ana garde_enfants', 'agree: ana cfp', 'refer: ana cfp']);
    expect(pointsOf(state)).toEqual({ reseau: RULE_POINTS.referOutOfField });
  });
  it('does not count the same referral twice', () => {
    const state = play(s, ['consent: ana', 'need: ana formation', 'agree: ana cfp', 'refer: ana cfp', 'refer: ana cfp']);
    expect(state.evidence).toHaveLength(1);
  });
});

describe('rule: promises come due at `week`', () => {
  const s = scenario();
  it('a promise kept in time earns confiance and trust', () => {
    const state = play(s, ['commit: cfp 1 Envoyer la candidature', 'keep: cfp', 'week']);
    expect(state.promises[0]?.status).toBe('kept');
    expect(pointsOf(state)).toEqual({ confiance: RULE_POINTS.promiseKept });
    expect(trustOf(state, 'cfp')).toBe(40 + RULE_POINTS.trustWhenKept);
  });
  it('a promise still open when its week ends is missed: confiance lost, trust falls', () => {
    // Made in week 1 for two weeks: due in week 3, still open while week 3 runs.
    expect(play(s, ['commit: cfp 2 X', 'week', 'week']).promises[0]).toMatchObject({ status: 'open', due: 3 });
    const missed = play(s, ['commit: cfp 2 X', 'week', 'week', 'week']);
    expect(missed.promises[0]).toMatchObject({ status: 'missed', closed: 3 });
    expect(pointsOf(missed)).toEqual({ confiance: RULE_POINTS.promiseMissed });
    expect(trustOf(missed, 'cfp')).toBe(40 + RULE_POINTS.trustWhenMissed);
  });
  it('keep closes the oldest open promise to that partner only', () => {
    const state = play(s, ['commit: cfp 1 A', 'commit: cfp 3 B', 'commit: rpe 1 C', 'keep: cfp']);
    expect(state.promises.map((p) => p.status)).toEqual(['kept', 'open', 'open']);
  });
  it('keep without an open promise does nothing', () => {
    const state = play(s, ['keep: cfp']);
    expect(state.evidence).toEqual([]);
    expect(trustOf(state, 'cfp')).toBe(40);
  });
});

describe('rule: trust fades after three weeks without contact', () => {
  const s = scenario({ weeks: 8 });
  it('fades a known partner left without news for three weeks', () => {
    // Met in week 1, then nothing in weeks 2, 3 and 4.
    expect(play(s, ['meet: cfp', 'week', 'week', 'week']).evidence).toEqual([]);
    const state = play(s, ['meet: cfp', 'week', 'week', 'week', 'week']);
    expect(state.evidence.map((e) => [e.source, e.subject.partner])).toEqual([['contact_faded', 'cfp']]);
    expect(trustOf(state, 'cfp')).toBe(40 + RULE_POINTS.trustWhenFaded);
  });
  it('leaves partners the counsellor has never met alone', () => {
    expect(play(s, ['week', 'week', 'week', 'week']).evidence).toEqual([]);
  });
  it('a contact resets the clock; speaking counts as contact', () => {
    const state = play(s, ['meet: cfp', 'week', 'week', 'week', 'speaker: cfp', 'week', 'week', 'week']);
    expect(state.evidence).toEqual([]);
  });
});

describe('week events', () => {
  const text = { fr: 'Nouvelle interlocutrice au centre.', en: 'New contact at the centre.' };
  it('a certain event happens at the first week of its window and resets trust halfway to 50', () => {
    const s = scenario({
      events: [{ id: 'change', kind: 'contact_change', partner: 'cfp', weeks: [2, 3], chance: 100, text }],
    });
    const state = play(s, ['trust: cfp +50', 'meet: cfp']);
    const applied = applyTag(s, state, tag('week'));
    expect(applied.events).toEqual([{ id: 'change', week: 2 }]);
    expect(trustOf(applied.state, 'cfp')).toBe(70); // 90 → halfway to 50
    expect(applied.state.partners['cfp']?.lastContact).toBeNull();
    // Happens once.
    expect(applyTag(s, applied.state, tag('week')).events).toEqual([]);
  });
  it('draws from the seeded generator: the same seed gives the same events', () => {
    const s = scenario({
      weeks: 8,
      events: [{ id: 'e', kind: 'training_opens', partner: 'cfp', weeks: [2, 8], chance: 30, text }],
    });
    const weeks = Array.from({ length: 7 }, () => 'week');
    for (const seed of [1, 2, 3, 99, 12345]) {
      expect(play(s, weeks, seed).events).toEqual(play(s, weeks, seed).events);
    }
    const outcomes = new Set(Array.from({ length: 40 }, (_, seed) => JSON.stringify(play(s, weeks, seed).events)));
    expect(outcomes.size).toBeGreaterThan(2);
  });
});
