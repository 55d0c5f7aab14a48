// The best playthroughs, written by hand from the ink (best-paths.ts), not found by the explorer:
// the scale's top must be reachable by the decisions the course teaches, on every principle.
import { describe, expect, it } from 'vitest';
import { BEST_PATHS } from './best-paths.ts';
import { checked } from './load.ts';
import { playPath } from './play.ts';

describe.each(Object.entries(BEST_PATHS))('the hand-written best path through %s', (id, path) => {
  it('is still playable as written and reaches at least 70 % on every assessed principle', { timeout: 240_000 }, () => {
    const dir = `stories/${id}`;
    const { report } = playPath(dir, path, checked(dir).bounds);
    expect(report.principles.map((p) => p.id).sort()).toEqual([...(checked(dir).source?.scenario.principles ?? [])].sort());
    const below = report.principles.filter((p) => p.percent < 70).map((p) => `${p.id}: ${p.percent} %`);
    expect(below, `principles under 70 % along the best path of ${id}`).toEqual([]);
  });
});
