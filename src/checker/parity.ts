// French/English parity: both compiled scripts must have the same knots, stitches, choices,
// gathers, diverts, conditions, logic and effect tags in the same order; only the words differ.
import type { ScenarioProblem } from '../content/scenario-files.ts';
import type { LogicToken } from './compiled-ink.ts';

/** The first difference between the French and English logic, as a problem on the English side. */
export function compareParity(fr: readonly LogicToken[], en: readonly LogicToken[]): ScenarioProblem[] {
  const n = Math.max(fr.length, en.length);
  for (let i = 0; i < n; i += 1) {
    const x = fr[i];
    const y = en[i];
    if (x && y && x.value === y.value) continue;
    if (x && y) {
      return [
        {
          file: y.file,
          line: y.line,
          severity: 'problem',
          message: `differs from ${x.file}:${x.line}: the French has "${x.value}", the English "${y.value}"`,
        },
      ];
    }
    if (x) {
      const last = en.at(-1);
      return [
        {
          file: last?.file ?? '',
          line: last?.line ?? 1,
          severity: 'problem',
          message: `the English ends where ${x.file}:${x.line} still has "${x.value}"`,
        },
      ];
    }
    if (y) {
      return [
        { file: y.file, line: y.line, severity: 'problem', message: `the French has nothing matching "${y.value}"` },
      ];
    }
  }
  return [];
}
