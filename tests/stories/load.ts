// Loading real scenarios for tests: compiled from their .ink files, as the game does at build.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkScenario, compiledStory } from '../../src/checker/check.ts';
import { greedyPath } from '../../src/checker/explorer.ts';
import { loadScenarioDir } from '../../src/content/scenario-files.ts';
import type { ScenarioSource } from '../../src/content/scenario-files.ts';
import type { Locale } from '../../src/engine/ids.ts';
import { NarrativeError } from '../../src/narrative/errors.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { CompiledStory, Step } from '../../src/narrative/runner.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

const cache = new Map<string, ScenarioSource>();

export function source(dir: string): ScenarioSource {
  const key = resolve(ROOT, dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const loaded = loadScenarioDir(key, ROOT);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  cache.set(key, loaded.source);
  return loaded.source;
}

export function story(dir: string, locale: Locale = 'fr'): CompiledStory {
  return compiledStory(source(dir), locale);
}

/** Plays to the end, choosing with `pick(choiceTexts, choiceNumber)`; returns the runner and the lines shown. */
export function playThrough(
  compiled: CompiledStory,
  pick: (choices: readonly string[], n: number) => number,
  seed = 1,
): { runner: Runner; lines: Step[] } {
  const runner = Runner.start(compiled, seed);
  const lines: Step[] = [];
  for (let n = 0, guard = 0; guard < 20_000; guard += 1) {
    const step = runner.next();
    if (step.kind === 'end') return { runner, lines };
    if (step.kind === 'choices') {
      runner.choose(
        step.choices[
          pick(
            step.choices.map((c) => c.text),
            n,
          )
        ]?.index ?? 0,
      );
      n += 1;
    } else lines.push(step);
  }
  throw new NarrativeError('dead-end', 'the story did not end');
}

/** A scratch stories/ folder holding the given scenario folders and the project's lib/engine.ink. */
export function scratchStories(scenarios: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-stories-'));
  cpSync(join(ROOT, 'stories/lib'), join(dir, 'lib'), { recursive: true });
  for (const s of scenarios) cpSync(resolve(ROOT, s), join(dir, s.split('/').at(-1) ?? s), { recursive: true });
  return dir;
}

export function write(path: string, text: string): void {
  writeFileSync(path, text);
}

const checks = new Map<string, ReturnType<typeof checkScenario>>();

/** The checker's verdict on a real scenario, computed once per test file. */
export function checked(dir: string): ReturnType<typeof checkScenario> {
  const hit = checks.get(dir);
  if (hit) return hit;
  const result = checkScenario(dir, ROOT);
  checks.set(dir, result);
  return result;
}

const paths = new Map<string, number[]>();

/** A good (1) or poor (-1) playthrough of a real scenario, by looking two choices ahead. */
export function pathOf(dir: string, sign: 1 | -1): number[] {
  const key = `${dir}:${sign}`;
  const hit = paths.get(key);
  if (hit) return hit;
  const path = greedyPath(story(dir), sign);
  paths.set(key, path);
  return path;
}
