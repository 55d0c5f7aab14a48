// The module list follows a learning path set by each manifest's `order`, not folder order.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatProblem,
  learningOrderProblems,
  loadScenarioDir,
  scenarioDirs,
} from '../../src/content/scenario-files.ts';
import { ROOT, scratchStories } from '../stories/load.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const folder = (dirs: readonly string[]): string[] => dirs.map((d) => d.split(/[\\/]/).at(-1) ?? d);

/** The fixtures in a scratch stories/ folder, each manifest given `order` (or none for null). */
function stories(orders: Readonly<Record<string, number | string | null>>): string {
  const dir = scratchStories(Object.keys(orders).map((id) => `tests/fixtures/stories/${id}`));
  made.push(dir);
  for (const [id, order] of Object.entries(orders)) {
    if (order === null) continue;
    const path = join(dir, id, 'scenario.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"version": 1,', `"version": 1,\n  "order": ${JSON.stringify(order)},`),
    );
  }
  return dir;
}

describe('the learning order', () => {
  it('lists the Dumas case study first and the campaign last', () => {
    expect(folder(scenarioDirs(join(ROOT, 'stories')))).toEqual(['dumas', 'reunion', 'canal', 'audit', 'saison']);
    expect(learningOrderProblems(scenarioDirs(join(ROOT, 'stories')), ROOT)).toEqual([]);
  });

  it('puts modules without an order after the others, by folder name', () => {
    const dir = stories({ mini: null, inky: 2, guess: null });
    expect(folder(scenarioDirs(dir))).toEqual(['inky', 'guess', 'mini']);
    const reordered = stories({ mini: 1, inky: 3, guess: 2 });
    expect(folder(scenarioDirs(reordered))).toEqual(['mini', 'guess', 'inky']);
  });

  it('refuses two modules with the same place, naming the manifest and line', () => {
    const dir = stories({ mini: 2, inky: 2, guess: 1 });
    const problems = learningOrderProblems(scenarioDirs(dir), ROOT).map(formatProblem);
    expect(problems).toEqual([
      `${relative(ROOT, join(dir, 'mini'))}/scenario.json:4: order 2 is already the order of ${relative(ROOT, join(dir, 'inky'))}: each module has its own place`,
    ]);
  });

  it('refuses an order that is not a whole number from 1', () => {
    for (const order of [0, 1.5, 'first']) {
      const dir = stories({ mini: order });
      const loaded = loadScenarioDir(join(dir, 'mini'), ROOT);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok)
        expect(loaded.problems.map((p) => `${p.line}: ${p.message.split(':')[0] ?? ''}`)).toEqual(['4: order']);
    }
  });
});
