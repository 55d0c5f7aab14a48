// The overall score a learning platform receives: one number from 0 to 100 for the whole module.
import type { Report } from '../engine/report.ts';

/** The score at or above which a module counts as passed: the start of the « Acquis » band. */
export const MASTERY_SCORE = 70;

/**
 * The rounded mean of the percentages of the principles the module assesses, each as the report
 * shows it (points earned against the best the module allows, 0–100). No principle assessed gives 0.
 */
export function overallScore(report: Pick<Report, 'principles'>): number {
  const { principles } = report;
  if (principles.length === 0) return 0;
  const sum = principles.reduce((total, p) => total + p.percent, 0);
  return Math.max(0, Math.min(100, Math.round(sum / principles.length)));
}
