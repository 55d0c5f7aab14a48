// The class summary: shares, medians, self-ratings, the order of decisions, beneficiaries, names, and
// the debrief's choice of key decisions and its stepping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRINCIPLES } from '../../src/engine/ids.ts';
import type { PrincipleId } from '../../src/engine/ids.ts';
import { LEVELS, levelOf } from '../../src/engine/principles.ts';
import type { Level } from '../../src/engine/principles.ts';
import type { BeneficiaryReport, PrincipleReport } from '../../src/engine/report.ts';
import { medianOf, orderDecisions, sharesOf, summariseClass } from '../../src/trainer/class-summary.ts';
import type {
  ClassEntryInput,
  DecisionMapInput,
  DecisionSummary,
  VerdictStatus,
} from '../../src/trainer/class-summary.ts';
import { debriefSlides, keyDecisions, moveOfKey, principleAtStake, step } from '../../src/trainer/debrief-plan.ts';

/** The sites offered with `site`: its decision's options, in the two small maps below. */
const offeredWith = (site: string): string[] => [`${site.slice(0, -1)}1`, `${site.slice(0, -1)}2`];

const principle = (id: PrincipleId, percent: number): PrincipleReport => {
  const level = levelOf(percent);
  return { id, name: id, level, levelName: level, percent, points: 0, best: 0, worst: 0, section: '', evidence: [] };
};

interface LearnerSpec {
  readonly name?: string;
  readonly session?: string;
  readonly status?: VerdictStatus;
  readonly module?: string;
  readonly percents?: Partial<Record<PrincipleId, number>>;
  readonly self?: Partial<Record<PrincipleId, Level | number>>;
  readonly took?: readonly string[];
  readonly beneficiaries?: readonly BeneficiaryReport[];
}

function entry(spec: LearnerSpec, i = 0): ClassEntryInput {
  const module = spec.module ?? 'dumas';
  const status = spec.status ?? 'verified';
  const percents = spec.percents ?? { reseau: 50, ethique: 80 };
  const report = {
    scenario: { id: module, version: 1, title: module },
    principles: Object.entries(percents).map(([id, p]) => principle(id as PrincipleId, p)),
    beneficiaries: spec.beneficiaries ?? [],
  };
  const decisions = (spec.took ?? []).map((site) => ({ site, offered: offeredWith(site) }));
  return {
    key: `k${i}`,
    firstName: spec.name ?? `Learner${i}`,
    sessionCode: spec.session ?? 'S1',
    selfRating: spec.self ?? {},
    verdict:
      status === 'unreadable' ? { status } : { status, record: { scenario: module }, replay: { report, decisions } },
  };
}

// Three decisions: a1 (+2 ethique) is better than a2 (−2 ethique); b1 and b2 are worth the same; c1 beats c2.
const MAP: DecisionMapInput = {
  decisions: [
    {
      id: 'a1 a2',
      prompt: { fr: 'A ?', en: 'A?' },
      options: [
        { site: 'a1', label: { fr: 'a1', en: 'a1' }, evidence: { ethique: 2 } },
        { site: 'a2', label: { fr: 'a2', en: 'a2' }, evidence: { ethique: -2, reseau: 1 } },
      ],
    },
    {
      id: 'b1 b2',
      prompt: { fr: 'B ?', en: 'B?' },
      options: [
        { site: 'b1', label: { fr: 'b1', en: 'b1' }, evidence: {} },
        { site: 'b2', label: { fr: 'b2', en: 'b2' }, evidence: {} },
      ],
    },
    {
      id: 'c1 c2',
      prompt: { fr: 'C ?', en: 'C?' },
      options: [
        { site: 'c1', label: { fr: 'c1', en: 'c1' }, evidence: { confiance: 1 } },
        { site: 'c2', label: { fr: 'c2', en: 'c2' }, evidence: { confiance: -1 } },
      ],
    },
  ],
};

describe('sharesOf', () => {
  it('gives whole percentages that always add up to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const shares = sharesOf(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 100);
        // Each share is its exact value rounded down or up, never further.
        for (const [i, share] of shares.entries()) {
          const exact = total === 0 ? 0 : ((counts[i] ?? 0) * 100) / total;
          expect(Math.abs(share - exact)).toBeLessThan(1);
        }
      }),
    );
  });

  it('rounds the largest remainders up: 1, 1, 1 of 3 is 34, 33, 33', () => {
    expect(sharesOf([1, 1, 1])).toEqual([34, 33, 33]);
    expect(sharesOf([0, 0])).toEqual([0, 0]);
  });
});

describe('medianOf', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(medianOf([90, 10, 50])).toBe(50);
    expect(medianOf([10, 20, 60, 90])).toBe(40);
    expect(medianOf([])).toBeNull();
  });
});

describe('summariseClass', () => {
  it('counts only verified reports of the module and session, and says how many were left out and why', () => {
    const entries = [
      entry({ percents: { reseau: 95 } }, 0),
      entry({ percents: { reseau: 10 }, session: ' s1 ' }, 1),
      entry({ percents: { reseau: 10 }, session: 'S2' }, 2),
      entry({ status: 'altered' }, 3),
      entry({ status: 'other-version' }, 4),
      entry({ status: 'unreadable' }, 5),
      entry({ module: 'reunion' }, 6),
    ];
    const summary = summariseClass(entries, null, { module: 'dumas', session: 'S1' });
    expect(summary.counted).toBe(2);
    expect(summary.leftOut).toEqual({ altered: 1, 'other-version': 1, unreadable: 0 });
    expect(summary.unknownModule).toBe(1);
    expect(summary.principles.map((p) => [p.id, p.median])).toEqual([['reseau', 52.5]]);
    expect(summary.principles[0]?.levels.map((l) => l.count)).toEqual([1, 0, 0, 1]);
    expect(summariseClass(entries, null, { module: 'dumas' }).counted).toBe(3);
  });

  it('has level shares that add up to 100 and counts that add up to the class, for any class', () => {
    const percents = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(percents, (values) => {
        const summary = summariseClass(
          values.map((p, i) => entry({ percents: { reseau: p } }, i)),
          null,
          { module: 'dumas' },
        );
        const levels = summary.principles[0]?.levels ?? [];
        expect(levels.reduce((a, l) => a + l.share, 0)).toBe(100);
        expect(levels.reduce((a, l) => a + l.count, 0)).toBe(values.length);
        const median = summary.principles[0]?.median ?? -1;
        expect(median).toBeGreaterThanOrEqual(Math.min(...values));
        expect(median).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('compares each self-rating with the measured level, reading levels and their indices alike', () => {
    const entries = [
      entry({ percents: { reseau: 50 }, self: { reseau: 'maitrise' } }, 0), // en_cours: over
      entry({ percents: { reseau: 95 }, self: { reseau: 1 } }, 1), // maitrise: under
      entry({ percents: { reseau: 75 }, self: { reseau: 2 } }, 2), // acquis: matched
      entry({ percents: { reseau: 75 } }, 3), // no rating
    ];
    expect(summariseClass(entries, null, { module: 'dumas' }).selfRating).toEqual([
      { id: 'reseau', over: 1, under: 1, matched: 1, unrated: 1 },
    ]);
  });

  it('gives each option its share of the learners who met the decision, and marks the better one', () => {
    const entries = [
      entry({ took: ['a1', 'b1'] }, 0),
      entry({ took: ['a2', 'b1'] }, 1),
      entry({ took: ['a2', 'b2', 'a1'] }, 2), // a learner who met « a » twice counts with their first answer
      entry({ took: [] }, 3),
    ];
    const summary = summariseClass(entries, MAP, { module: 'dumas' });
    const a = summary.decisions.find((d) => d.id === 'a1 a2');
    expect(a?.met).toBe(3);
    expect(a?.options.map((o) => [o.count, o.share, o.good])).toEqual([
      [1, 33, true],
      [2, 67, false],
    ]);
    expect(a?.missed).toBe(67);
    const b = summary.decisions.find((d) => d.id === 'b1 b2');
    expect(b?.missed).toBeNull();
    expect(b?.split).toBe(33);
    expect(summary.decisions.find((d) => d.id === 'c1 c2')?.met).toBe(0);
    // Missed first, then the split decision without a better option, then the one nobody met.
    expect(summary.decisions.map((d) => d.id)).toEqual(['a1 a2', 'b1 b2', 'c1 c2']);
  });

  it('adds up each beneficiary’s outcomes over the class', () => {
    const dumas = (
      solved: readonly ('formation' | 'garde_enfants')[],
      consent: boolean,
      referred: boolean,
    ): BeneficiaryReport => ({
      id: 'dumas',
      name: 'Mme Dumas',
      needs: ['formation', 'garde_enfants'],
      solved,
      consent,
      agreed: [],
      refused: [],
      withdrawals: [],
      referrals: referred
        ? [
            { partner: 'cfp', name: 'Centre' },
            { partner: 'cfp', name: 'Centre' },
          ]
        : [],
    });
    const summary = summariseClass(
      [
        entry({ beneficiaries: [dumas(['formation'], true, true)] }, 0),
        entry({ beneficiaries: [dumas(['formation', 'garde_enfants'], false, true)] }, 1),
        entry({ beneficiaries: [dumas([], true, false)] }, 2),
      ],
      null,
      { module: 'dumas' },
    );
    expect(summary.beneficiaries).toEqual([
      {
        id: 'dumas',
        name: 'Mme Dumas',
        learners: 3,
        needs: [
          { need: 'formation', identified: 3, solved: 2 },
          { need: 'garde_enfants', identified: 3, solved: 1 },
        ],
        consent: 2,
        referrals: [{ partner: 'cfp', name: 'Centre', count: 2 }],
      },
    ]);
  });

  it('never holds a first name unless asked, whatever the names', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `Prénom·${s}`);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 10 }), fc.boolean(), (names, took) => {
        const entries = names.map((n, i) => entry({ name: n, took: took ? ['a1'] : ['a2'], self: { reseau: 2 } }, i));
        const hidden = JSON.stringify(summariseClass(entries, MAP, { module: 'dumas' }));
        for (const n of names) expect(hidden).not.toContain(JSON.stringify(n).slice(1, -1));
        const shown = summariseClass(entries, MAP, { module: 'dumas', showNames: true });
        expect(shown.learners?.map((l) => l.firstName)).toEqual(names);
      }),
    );
  });
});

const option = (
  site: string,
  evidence: DecisionSummary['options'][number]['evidence'],
): DecisionSummary['options'][number] => ({
  site,
  label: { fr: site, en: site },
  evidence,
  total: Object.values(evidence).reduce((a, b) => a + b, 0),
  count: 0,
  share: 0,
  good: false,
});

/** A decision point with two options, one that counts for `equipe` (or, unscored, neither). */
const decision = (
  id: string,
  order: number,
  met: number,
  missed: number | null,
  split: number,
  scored = true,
): DecisionSummary => ({
  id,
  order,
  prompt: { fr: id, en: id },
  met,
  options: [option(`${id}.a`, scored ? { equipe: 1 } : {}), option(`${id}.b`, {})],
  missed,
  split,
});

describe('the order of decisions', () => {
  it('puts the most-missed good decisions first, then split ones without a better option, then those nobody met', () => {
    const ordered = orderDecisions([
      decision('unmet', 0, 0, null, 0),
      decision('even', 1, 5, null, 40),
      decision('missed-20', 2, 5, 20, 20),
      decision('missed-60', 3, 5, 60, 40),
      decision('even-more-split', 4, 5, null, 50),
      decision('missed-20-more-met', 5, 9, 20, 20),
    ]);
    expect(ordered.map((d) => d.id)).toEqual([
      'missed-60',
      'missed-20-more-met',
      'missed-20',
      'even-more-split',
      'even',
      'unmet',
    ]);
  });

  it('is a reordering: every decision once, for any list', () => {
    const arb = fc.array(
      fc.record({ met: fc.nat({ max: 30 }), missed: fc.option(fc.nat({ max: 100 })), split: fc.nat({ max: 100 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const list = specs.map((s, i) => decision(`d${i}`, i, s.met, s.missed, s.split));
        const ordered = orderDecisions(list);
        expect([...ordered].map((d) => d.id).sort()).toEqual(list.map((d) => d.id).sort());
        // Within the decisions met that have a better option, missed never goes up.
        const missed = ordered.filter((d) => d.met > 0 && d.missed !== null).map((d) => d.missed ?? 0);
        for (let i = 1; i < missed.length; i += 1) expect(missed[i]).toBeLessThanOrEqual(missed[i - 1] ?? 0);
      }),
    );
  });
});

describe('the debrief plan', () => {
  it('keeps the decisions most missed or most split by a third of the class or more, at most six, in the story’s order', () => {
    const list = [
      decision('calm', 0, 10, 10, 10),
      ...Array.from({ length: 8 }, (_, i) => decision(`k${i + 1}`, i + 1, 10, 30 + i * 5, 10)),
      decision('split', 9, 10, null, 45),
      decision('unmet', 10, 0, null, 0),
      decision('rare', 11, 3, 100, 0),
    ];
    const keys = keyDecisions(list, 10).map((d) => d.id);
    expect(keys).toEqual(['k4', 'k5', 'k6', 'k7', 'k8', 'split']);
  });

  it('leaves out a split decision whose options count for no principle', () => {
    const list = [decision('where-first', 0, 10, null, 60, false), decision('scored', 1, 10, null, 40)];
    expect(keyDecisions(list, 10).map((d) => d.id)).toEqual(['scored']);
  });

  it('falls back to the most met decisions when the class agreed and chose well', () => {
    const list = [
      decision('a', 0, 3, 0, 0),
      decision('b', 1, 9, 0, 0),
      decision('c', 2, 7, null, 0),
      decision('d', 3, 8, 0, 0),
      decision('e', 4, 0, null, 0),
    ];
    expect(keyDecisions(list, 9).map((d) => d.id)).toEqual(['b', 'c', 'd']);
  });

  it('opens, shows one slide per key decision with a question on the principle at stake (none for a choice that counts for nothing), and closes', () => {
    const entries = [
      entry({ took: ['a1', 'b1'] }, 0),
      entry({ took: ['a2', 'b2'] }, 1),
      entry({ took: ['a2', 'b1'] }, 2),
      entry({ took: ['a1', 'b2'] }, 3),
    ];
    const slides = debriefSlides(summariseClass(entries, MAP, { module: 'dumas', showNames: true }));
    expect(
      slides.map((s) => (s.kind === 'decision' ? `${s.decision.id}:${s.principle ?? '-'}:${s.question}` : s.kind)),
    ).toEqual(['opening', 'a1 a2:ethique:q1', 'closing']);
    // Built from a summary with names, it still carries none.
    expect(JSON.stringify(slides)).not.toContain('Learner');
  });

  it('asks the other question when a principle comes back', () => {
    const twice: DecisionMapInput = {
      decisions: ['x', 'y'].map((id) => ({
        id: `${id}1 ${id}2`,
        prompt: { fr: id, en: id },
        options: [
          { site: `${id}1`, label: { fr: '1', en: '1' }, evidence: { confiance: 1 } },
          { site: `${id}2`, label: { fr: '2', en: '2' }, evidence: { confiance: -1 } },
        ],
      })),
    };
    const slides = debriefSlides(summariseClass([entry({ took: ['x2', 'y2'] })], twice, { module: 'dumas' }));
    expect(slides.flatMap((s) => (s.kind === 'decision' ? [s.question] : []))).toEqual(['q1', 'q2']);
  });

  it('names the principle where the better option and the most taken other one differ most', () => {
    const d: DecisionSummary = {
      ...decision('p', 0, 4, 50, 50),
      options: [
        {
          site: '1',
          label: { fr: '', en: '' },
          evidence: { ethique: 3, reseau: 1 },
          total: 4,
          count: 2,
          share: 50,
          good: true,
        },
        { site: '2', label: { fr: '', en: '' }, evidence: { reseau: 2 }, total: 2, count: 2, share: 50, good: false },
        { site: '3', label: { fr: '', en: '' }, evidence: { equipe: -5 }, total: -5, count: 0, share: 0, good: false },
      ],
    };
    expect(principleAtStake(d)).toBe('ethique');
  });

  it('steps with the keys and never leaves the slides', () => {
    expect(moveOfKey('ArrowRight', false)).toBe('next');
    expect(moveOfKey(' ', false)).toBe('next');
    expect(moveOfKey(' ', true)).toBe('previous');
    expect(moveOfKey('ArrowLeft', false)).toBe('previous');
    expect(moveOfKey('Home', false)).toBe('first');
    expect(moveOfKey('End', false)).toBe('last');
    expect(moveOfKey('Escape', false)).toBe('close');
    expect(moveOfKey('a', false)).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.constantFrom<'next' | 'previous' | 'first' | 'last'>('next', 'previous', 'first', 'last')),
        (count, moves) => {
          let index = 0;
          for (const move of moves) {
            const before = index;
            index = step(index, move, count);
            expect(index).toBeGreaterThanOrEqual(0);
            expect(index).toBeLessThan(count);
            if (move === 'next') expect(index).toBe(Math.min(count - 1, before + 1));
            if (move === 'previous') expect(index).toBe(Math.max(0, before - 1));
          }
        },
      ),
    );
    expect(step(3, 'first', 5)).toBe(0);
    expect(step(0, 'last', 5)).toBe(4);
  });
});

describe('the level vocabulary', () => {
  it('reads self-rating indices 0–3 as the four levels', () => {
    const entries = LEVELS.map((level, i) =>
      entry({ percents: { reseau: [10, 50, 75, 95][i] ?? 0 }, self: { reseau: i } }, i),
    );
    expect(summariseClass(entries, null, { module: 'dumas' }).selfRating[0]?.matched).toBe(4);
    expect(PRINCIPLES).toContain('reseau');
  });
});
