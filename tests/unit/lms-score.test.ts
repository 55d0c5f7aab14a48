import { describe, expect, it } from 'vitest';
import type { PrincipleReport } from '../../src/engine/report.ts';
import { overallScore } from '../../src/lms/score.ts';

const principles = (...percents: number[]): { principles: PrincipleReport[] } => ({
  principles: percents.map((percent) => ({ percent }) as PrincipleReport),
});

describe('overallScore', () => {
  it('is the rounded mean of the assessed principles’ percentages', () => {
    expect(overallScore(principles(100, 50, 0))).toBe(50);
    expect(overallScore(principles(33, 34))).toBe(34);
    expect(overallScore(principles(70, 71, 71))).toBe(71);
    expect(overallScore(principles(12))).toBe(12);
  });

  it('gives 0 when the module assesses no principle', () => {
    expect(overallScore(principles())).toBe(0);
  });
});
