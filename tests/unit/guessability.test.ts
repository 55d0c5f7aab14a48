// The guessability figures of stories:check, on a fixture whose answers are known by design
// (tests/fixtures/stories/guess), and on hand-made decision maps for the edge cases.
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/checker/check.ts';
import { guessability, guessabilityWarnings, writtenDecisions } from '../../src/checker/guessability.ts';
import type { DecisionMap, DecisionPoint } from '../../src/content/catalogue.ts';
import { formatProblem } from '../../src/content/scenario-files.ts';
import { ROOT, scratchStories } from '../stories/load.ts';

const stories = scratchStories(['tests/fixtures/stories/guess']);
afterAll(() => {
  rmSync(stories, { recursive: true, force: true });
});

describe('the guessability check on a fixture with known answers', () => {
  const dir = join(stories, 'guess');
  const check = checkScenario(dir, ROOT);

  it('maps the six decisions with their prompts, labels in both languages and immediate evidence', () => {
    const map = check.decisions;
    expect(map?.decisions.map((d) => d.prompt)).toEqual([
      { fr: 'Première question.', en: 'First question.' },
      { fr: 'Deuxième question.', en: 'Second question.' },
      { fr: 'Troisième question.', en: 'Third question.' },
      { fr: 'Quatrième question.', en: 'Fourth question.' },
      { fr: 'Cinquième question.', en: 'Fifth question.' },
      // No line between the fifth decision and the sixth: the prompt is the line before the fifth.
      { fr: 'Cinquième question.', en: 'Fifth question.' },
    ]);
    expect(map?.decisions[5]?.options.map((o) => o.label)).toEqual([{ fr: 'Terminer', en: 'Finish' }]);
    const third = map?.decisions[2];
    expect(third?.options.map((o) => [o.label.en, o.evidence])).toEqual([
      ['Call', { ethique: 3, reseau: -1 }],
      ['Wait for her consent', { reseau: 2, ethique: -1 }],
      ['Nothing', {}],
    ]);
    expect(third?.options[1]?.label.fr).toBe('Attendre son accord');
    expect(third?.id).toBe(third?.options.map((o) => o.site).join(' '));
    expect(new Set(map?.decisions.flatMap((d) => d.options.map((o) => o.site))).size).toBe(12);
  });

  it('counts scored decisions, the longest-label best, positions and trade-offs', () => {
    // 1: best "Oui" (first, shortest); 2: best second and longest; 3: best "Appeler" (first), and
    // with "Attendre son accord" a trade-off; 4: a tie, so no single best; 5 and 6: not scored.
    expect(check.guessability).toEqual({ scored: 4, withBest: 3, bestIsLongest: 1, bestAt: [2, 1], tradeOffs: 1 });
  });

  it('warns of one position over 60 % and of trade-offs under 30 %, not of the longest label at 33 %', () => {
    const prefix = relative(ROOT, dir);
    expect(check.problems.map(formatProblem)).toEqual([
      `${prefix}/scenario.json:1: warning: guessable: the best option is at position 1 in 67 % of scored decisions (over 60 %); vary its place`,
      `${prefix}/scenario.json:1: warning: few dilemmas: 25 % of scored decisions are trade-offs (under 30 %); let two options each earn on one principle and cost on another`,
    ]);
  });
});

const option = (site: string, label: string, evidence: DecisionPoint['options'][number]['evidence']) => ({
  site,
  label: { fr: label, en: label },
  evidence,
});
const point = (...options: DecisionPoint['options']): DecisionPoint => ({
  id: options.map((o) => o.site).join(' '),
  prompt: { fr: '?', en: '?' },
  options,
});
const mapOf = (...decisions: DecisionPoint[]): DecisionMap => ({ scenario: 'x', storyHash: '0', decisions });

describe('the guessability figures', () => {
  it('count a hub once, as the variant offering the most options', () => {
    const full = point(
      option('a', 'Voir A', {}),
      option('b', 'Voir le partenaire B', { reseau: 2 }),
      option('c', 'Clore', {}),
    );
    const less = point(option('b', 'Voir le partenaire B', { reseau: 2 }), option('c', 'Clore', {}));
    const other = point(option('d', 'Oui', { ethique: 1 }), option('e', 'Non', {}));
    expect(writtenDecisions(mapOf(less, full, other))).toEqual([full, other]);
    expect(guessability(mapOf(less, full, other))).toMatchObject({ scored: 2, withBest: 2, bestAt: [1, 1] });
  });

  it('warn above 50 % longest and 60 % at one position, not at exactly those shares', () => {
    const longFirst = point(option('a1', 'La réponse longue', { ethique: 1 }), option('a2', 'Non', {}));
    const shortSecond = point(option('b1', 'Une autre réponse', {}), option('b2', 'Oui', { ethique: 1 }));
    const even = guessability(mapOf(longFirst, shortSecond));
    expect(even).toMatchObject({ bestIsLongest: 1, bestAt: [1, 1] });
    expect(guessabilityWarnings(even).filter((w) => w.startsWith('guessable'))).toEqual([]);
    const longFirstAgain = point(option('d1', 'La réponse longue', { ethique: 1 }), option('d2', 'Non', {}));
    const longSecond = point(option('c1', 'Non', {}), option('c2', 'La réponse longue', { reseau: 2 }));
    const skewed = guessability(mapOf(longFirst, longFirstAgain, longSecond));
    expect(guessabilityWarnings(skewed).filter((w) => w.startsWith('guessable'))).toEqual([
      'guessable: the best option is the longest label in 100 % of scored decisions (over 50 %); even out label lengths',
      'guessable: the best option is at position 1 in 67 % of scored decisions (over 60 %); vary its place',
    ]);
  });

  it('count a trade-off only when two options each earn on one principle and cost on another', () => {
    const dilemma = point(
      option('a', 'Partager', { ethique: -1, reseau: 2 }),
      option('b', 'Attendre', { ethique: 2, reseau: -1 }),
    );
    const oneSided = (n: number) =>
      point(option(`c${n}`, 'Partager', { ethique: -1, reseau: 2 }), option(`d${n}`, 'Attendre', { ethique: 2 }));
    expect(guessability(mapOf(dilemma, oneSided(1))).tradeOffs).toBe(1);
    expect(guessabilityWarnings(guessability(mapOf(dilemma, oneSided(1)))).some((w) => w.startsWith('few'))).toBe(
      false,
    );
    expect(guessabilityWarnings(guessability(mapOf(dilemma, oneSided(1), oneSided(2), oneSided(3)))).at(-1)).toMatch(
      /^few dilemmas: 25 % of scored decisions are trade-offs/,
    );
  });
});
