// A scenario written by someone else from the authoring contract alone, dropped into a stories/
// folder beside the project's lib/engine.ink: it must pass the check and play to its end with no
// code change; broken variants of it are refused with file:line messages.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenario, compiledStory } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/content/scenario-files.ts';
import { Runner } from '../../src/narrative/runner.ts';
import { ROOT, scratchStories } from './load.ts';

const OPTIONS = { maxStates: 8_000, samples: 60, seed: 1 };
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function dropIn(edit?: (dir: string) => void): { dir: string; prefix: string } {
  const stories = scratchStories(['tests/fixtures/external/accueil_caf']);
  made.push(stories);
  const dir = join(stories, 'accueil_caf');
  edit?.(dir);
  return { dir, prefix: relative(ROOT, dir) };
}

const replaceIn = (dir: string, file: string, from: string | RegExp, to: string): void => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(path, next);
};

describe('a scenario written by someone else to the authoring guide (stories/README.md)', () => {
  const { dir } = dropIn();
  const check = checkScenario(dir, ROOT, OPTIONS);

  it('passes the check, each assessed principle both earnable and losable', () => {
    expect(check.problems.filter((p) => p.severity === 'problem').map(formatProblem)).toEqual([]);
    for (const p of check.source?.scenario.principles ?? []) {
      expect(check.bounds[p]?.worst, p).toBeLessThan(0);
      expect(check.bounds[p]?.best, p).toBeGreaterThan(0);
    }
  });

  it('plays to its end through the runner, in both languages, on many paths', () => {
    const source = check.source;
    if (!source) throw new Error('not loaded');
    for (const locale of ['fr', 'en'] as const) {
      const runner = Runner.start(compiledStory(source, locale), 1);
      for (let seed = 0; seed < 25; seed += 1) {
        runner.restart(seed);
        let lines = 0;
        for (let k = seed; ; k += 1) {
          const step = runner.next();
          if (step.kind === 'end') break;
          if (step.kind === 'choices') runner.choose(step.choices[(k * 31) % step.choices.length]?.index ?? 0);
          else lines += 1;
        }
        expect(runner.state.ended).toBe(true);
        expect(lines).toBeGreaterThan(10);
      }
    }
  });

  it('refuses a broken variant: an unknown tag, with its file and line', () => {
    const broken = dropIn((d) => {
      replaceIn(d, 'fr.ink', /# end/, '# fin');
    });
    const problems = checkScenario(broken.dir, ROOT, OPTIONS).problems.map(formatProblem);
    expect(problems.some((p) => new RegExp(`^${broken.prefix}/fr\\.ink:\\d+: tag "fin": unknown tag "fin"$`).test(p))).toBe(true);
  });

  it('refuses a broken variant: a partner missing from the cast', () => {
    const broken = dropIn((d) => {
      replaceIn(d, 'scenario.json', /"id": "ccas"/, '"id": "ccas_valmoran"');
    });
    const problems = checkScenario(broken.dir, ROOT, OPTIONS).problems.map(formatProblem);
    expect(problems.some((p) => new RegExp(`^${broken.prefix}/fr\\.ink:\\d+: tag ".*ccas.*": unknown id "ccas"`).test(p))).toBe(true);
  });

  it('refuses a broken variant: English out of step with French', () => {
    const broken = dropIn((d) => {
      replaceIn(d, 'en.ink', /\n\s*[*+] [^\n]*\n/, '\n');
    });
    const problems = checkScenario(broken.dir, ROOT, OPTIONS).problems.map(formatProblem);
    expect(problems.some((p) => new RegExp(`^${broken.prefix}/en\\.ink:\\d+: differs from ${broken.prefix}/fr\\.ink:\\d+`).test(p))).toBe(true);
  });
});
