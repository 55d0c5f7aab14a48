import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEEDS_FOR_TESTS } from './property-arbitraries.ts';
import { applyTag } from '../../src/engine/rules.ts';
import { createState, isWithdrawn, pledgeCount } from '../../src/engine/state.ts';
import type { Tag } from '../../src/engine/tags.ts';
import { scenario } from './helpers.ts';

const s = scenario({
  events: [
    { id: 'change', kind: 'contact_change', partner: 'cfp', weeks: [2, 4], chance: 50, text: { fr: 'x', en: 'x' } },
  ],
});
const partner = fc.constantFrom('cfp', 'rpe');
const delta = fc.integer({ min: -300, max: 300 });

const anyTag: fc.Arbitrary<Tag> = fc.oneof(
  fc.record({ kind: fc.constant('trust' as const), partner, delta }),
  fc.record({ kind: fc.constant('bond' as const), a: fc.constant('cfp'), b: fc.constant('rpe'), delta }),
  fc.record({ kind: fc.constant('meet' as const), id: partner }),
  fc.record({
    kind: fc.constant('need' as const),
    beneficiary: fc.constant('ana'),
    need: fc.constantFrom(...NEEDS_FOR_TESTS),
  }),
  fc.record({ kind: fc.constant('consent' as const), beneficiary: fc.constant('ana') }),
  fc.record({ kind: fc.constant('share' as const), beneficiary: fc.constant('ana'), partner }),
  fc.record({ kind: fc.constant('refer' as const), beneficiary: fc.constant('ana'), partner }),
  fc.record({
    kind: fc.constant('commit' as const),
    partner,
    weeks: fc.integer({ min: 1, max: 3 }),
    text: fc.constant('p'),
  }),
  fc.record({ kind: fc.constant('keep' as const), partner }),
  fc.record({ kind: fc.constant('agree' as const), beneficiary: fc.constant('ana'), partner }),
  fc.record({ kind: fc.constant('refuse' as const), beneficiary: fc.constant('ana'), partner }),
  fc.record({ kind: fc.constant('withdraw' as const), beneficiary: fc.constant('ana') }),
  fc.record({
    kind: fc.constant('pledge' as const),
    partner,
    weeks: fc.integer({ min: 1, max: 3 }),
    text: fc.constant('p'),
  }),
  fc.record({ kind: fc.constant('pledge_kept' as const), partner }),
  fc.record({ kind: fc.constant('pledge_broken' as const), partner }),
  fc.record({ kind: fc.constant('time' as const), halfDays: fc.integer({ min: 0, max: 12 }) }),
  fc.constant({ kind: 'week' as const }),
);

describe('engine properties', () => {
  it('trust and bonds stay within 0–100 and time within the week, whatever the tags', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { maxLength: 80 }), fc.integer(), (tags, seed) => {
        let state = createState(s, seed);
        for (const t of tags) {
          state = applyTag(s, state, t).state;
          for (const p of Object.values(state.partners)) expect(p.trust).toSatisfy((n: number) => n >= 0 && n <= 100);
          for (const b of Object.values(state.bonds)) expect(b).toSatisfy((n: number) => n >= 0 && n <= 100);
          expect(state.timeLeft).toSatisfy((n: number) => n >= 0 && n <= s.timePerWeek);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same tags and seed give the same state', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { maxLength: 60 }), fc.integer(), (tags, seed) => {
        const run = () => tags.reduce((st, t) => applyTag(s, st, t).state, createState(s, seed));
        expect(run()).toEqual(run());
      }),
      { numRuns: 100 },
    );
  });

  it('never changes the state it is given', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { minLength: 1, maxLength: 40 }), (tags) => {
        let state = createState(s, 3);
        for (const t of tags) {
          const before = JSON.stringify(state);
          const next = applyTag(s, state, t).state;
          expect(JSON.stringify(state)).toBe(before);
          state = next;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('each promise is closed at most once, and only on or before its due week', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { maxLength: 80 }), (tags) => {
        let state = createState(s, 5);
        for (const t of tags) {
          const next = applyTag(s, state, t).state;
          // Promises are only ever appended: a closed one never changes again.
          state.promises.forEach((p, i) => {
            if (p.status !== 'open') expect(next.promises[i]).toEqual(p);
          });
          state = next;
        }
        const closed = state.promises.filter((p) => p.status !== 'open');
        // One piece of evidence per closing: none counted twice.
        const closings = state.evidence.filter((e) => e.source === 'promise_kept' || e.source === 'promise_missed');
        expect(closings).toHaveLength(closed.length);
        for (const p of state.promises) {
          if (p.status !== 'open') expect(p.closed).not.toBeNull();
          if (p.status === 'kept') expect(p.closed ?? Infinity).toBeLessThanOrEqual(p.due);
          if (p.status === 'missed') expect(p.closed).toBe(p.due);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('no share or referral while her consent is withdrawn goes unpenalised, and none outside is', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { maxLength: 80 }), (tags) => {
        let state = createState(s, 5);
        for (const t of tags) {
          const withdrawn = state.beneficiaries['ana']?.withdrawals.at(-1)?.restored === null;
          const applied = applyTag(s, state, t);
          const penalties = applied.evidence.filter((e) => e.source === 'share_after_withdrawal');
          const shares = t.kind === 'share' || t.kind === 'refer';
          expect(penalties.length).toBe(withdrawn && shares ? 1 : 0);
          for (const e of penalties) expect(e).toMatchObject({ principle: 'ethique', points: -3 });
          state = applied.state;
          const ana = state.beneficiaries['ana'];
          if (ana && isWithdrawn(ana)) expect(ana.consent).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a referral earns reseau only with her agreement, and costs ethique exactly when she did not agree', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { maxLength: 80 }), (tags) => {
        let state = createState(s, 5);
        for (const t of tags) {
          const ana = state.beneficiaries['ana'];
          const applied = applyTag(s, state, t);
          const sources = applied.evidence.map((e) => e.source);
          if (t.kind === 'refer' && ana && !ana.referrals.includes(t.partner)) {
            const agreed = ana.agreed.includes(t.partner);
            const refused = ana.refused.includes(t.partner);
            expect(sources.includes('refer_in_field')).toBe(agreed && sources.every((x) => x !== 'refer_out_of_field'));
            expect(sources.filter((x) => x === 'refer_against_refusal').length).toBe(refused ? 1 : 0);
            expect(sources.filter((x) => x === 'refer_without_agreement').length).toBe(!agreed && !refused ? 1 : 0);
          } else {
            for (const rule of ['refer_in_field', 'refer_without_agreement', 'refer_against_refusal'] as const) {
              expect(sources).not.toContain(rule);
            }
          }
          state = applied.state;
          if (ana)
            expect(
              state.beneficiaries['ana']?.agreed.some((p) => state.beneficiaries['ana']?.refused.includes(p)),
            ).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pledge counts add up, and no pledge is still open once its due week has ended', () => {
    fc.assert(
      fc.property(fc.array(anyTag, { maxLength: 80 }), (tags) => {
        let state = createState(s, 5);
        const made: Record<string, number> = { cfp: 0, rpe: 0 };
        for (const t of tags) {
          if (t.kind === 'pledge') made[t.partner] = (made[t.partner] ?? 0) + 1;
          const applied = applyTag(s, state, t);
          if (t.kind === 'pledge' || t.kind === 'pledge_kept' || t.kind === 'pledge_broken') {
            // Pledges are the partners' doing: the engine records them and scores nothing.
            expect(applied.evidence).toEqual([]);
            expect(applied.state.partners).toBe(state.partners);
          }
          state = applied.state;
          for (const partner of ['cfp', 'rpe']) {
            const total = (['open', 'kept', 'broken'] as const).reduce(
              (n, st) => n + pledgeCount(state, partner, st),
              0,
            );
            expect(total).toBe(made[partner]);
          }
          for (const p of state.pledges) {
            if (p.status === 'open') expect(p.due).toBeGreaterThanOrEqual(state.week);
            else expect(p.closed ?? Infinity).toBeLessThanOrEqual(p.due);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
