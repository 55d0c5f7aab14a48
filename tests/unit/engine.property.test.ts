import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEEDS_FOR_TESTS } from './property-arbitraries.ts';
import { applyTag } from '../../src/engine/rules.ts';
import { createState } from '../../src/engine/state.ts';
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
});
