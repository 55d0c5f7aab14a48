// Playing a real scenario along a given list of choices, for the story tests.
import { buildReport } from '../../src/engine/report.ts';
import type { Bounds, Report } from '../../src/engine/report.ts';
import type { Locale } from '../../src/engine/ids.ts';
import { Runner } from '../../src/narrative/runner.ts';
import { story } from './load.ts';

export interface Played {
  readonly runner: Runner;
  readonly lines: string[];
  readonly report: Report;
}

export function playChoices(dir: string, choices: readonly number[], bounds: Bounds, locale: Locale = 'fr', seed = 1): Played {
  const compiled = story(dir, locale);
  const runner = Runner.start(compiled, seed);
  const lines: string[] = [];
  let next = 0;
  for (;;) {
    const step = runner.next();
    if (step.kind === 'end') break;
    if (step.kind === 'choices') {
      const index = choices[next];
      if (index === undefined) throw new Error('the choices ran out before the end');
      runner.choose(index);
      next += 1;
    } else lines.push(step.text);
  }
  const report = buildReport({ scenario: runner.scenario, state: runner.state, bounds, locale, storyHash: compiled.storyHash, seed });
  return { runner, lines, report };
}

export const percent = (r: Report, id: string): number => r.principles.find((p) => p.id === id)?.percent ?? -1;
