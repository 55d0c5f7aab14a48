// Playing a real scenario along a given list of choices, for the story tests.
import { buildReport } from '../../src/engine/report.ts';
import type { Bounds, Report } from '../../src/engine/report.ts';
import type { Locale } from '../../src/engine/ids.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { BestStep } from './best-paths.ts';
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

/**
 * Plays a hand-written path (see best-paths.ts), checking at each decision that the option is
 * still there under the same label; otherwise says where the path and the story part.
 */
export function playPath(dir: string, path: readonly BestStep[], bounds: Bounds, seed = 1): Played {
  const compiled = story(dir, 'fr');
  const runner = Runner.start(compiled, seed);
  const lines: string[] = [];
  const where = (n: number): string => `${dir}, decision ${n + 1} (after « ${lines.at(-1) ?? ''} »)`;
  let next = 0;
  for (;;) {
    const step = runner.next();
    if (step.kind === 'end') break;
    if (step.kind !== 'choices') {
      lines.push(step.text);
      continue;
    }
    const offered = step.choices.map((c) => `${c.index}: « ${c.text} »`).join('; ');
    const wanted = path[next];
    if (!wanted) throw new Error(`${where(next)}: the path has no step here; offered: ${offered}`);
    const [index, label] = wanted;
    const option = step.choices.find((c) => c.index === index);
    if (!option?.text.startsWith(label)) {
      throw new Error(`${where(next)}: expected option ${index} « ${label}… »; offered: ${offered}`);
    }
    runner.choose(index);
    next += 1;
  }
  if (next < path.length) throw new Error(`${dir}: the story ended after decision ${next}, before the path’s ${path.length} steps`);
  const report = buildReport({ scenario: runner.scenario, state: runner.state, bounds, locale: 'fr', storyHash: compiled.storyHash, seed });
  return { runner, lines, report };
}
