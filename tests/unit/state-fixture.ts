// The mini fixture scenario as the game sees it (a ScenarioEntry), compiled in Node for the state tests.
import { checkScenario } from '../../src/checker/check.ts';
import type { ScenarioEntry } from '../../src/content/catalogue.ts';

let cached: ScenarioEntry | undefined;

export function miniEntry(): ScenarioEntry {
  if (cached) return cached;
  const check = checkScenario('tests/fixtures/stories/mini', process.cwd());
  const source = check.source;
  if (!source) throw new Error('the mini fixture does not compile');
  cached = {
    scenario: source.scenario,
    storyHash: source.storyHash,
    bounds: check.bounds,
    load: { fr: () => Promise.resolve(source.ink.fr.json), en: () => Promise.resolve(source.ink.en.json) },
    archive: {},
  };
  return cached;
}
