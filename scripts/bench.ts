// npm run bench — speed figures, each against a baseline measured in the same run.
// Core: our runner (every engine rule on) against bare inkjs playing the very same playthroughs;
// the explorer's distinct states per second; the time of stories:check. Browser figures come from
// bench-browser.ts when it is present. Results: a table, and bench-results.json.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { checkScenario, compiledStory } from '../src/checker/check.ts';
import { explore } from '../src/checker/explorer.ts';
import { loadScenarioDir, scenarioDirs } from '../src/content/scenario-files.ts';
import { draw, seedState } from '../src/engine/rng.ts';
import { Runner } from '../src/narrative/runner.ts';
import type { CompiledStory } from '../src/narrative/runner.ts';

const root = process.cwd();
const EXTERNALS = [
  'trust',
  'bond',
  'week',
  'time_left',
  'has_consent',
  'knows_need',
  'is_solved',
  'open_promises',
  'happened',
];

interface Walk {
  readonly choices: number[];
  readonly answers: unknown[];
}

/** Random playthroughs through our runner; records each one's choices and what ink asked the engine. */
function runnerWalks(compiled: CompiledStory, count: number): { walks: Walk[]; choices: number; ms: number } {
  const runner = Runner.start(compiled, 1);
  const walks: Walk[] = [];
  let answers: unknown[] = [];
  // Record the engine's answers to ink, so that bare ink can replay the very same playthroughs.
  runner.onExternalCall((_name, value) => answers.push(value));
  let rng = seedState(2024);
  let total = 0;
  const started = performance.now();
  for (let w = 0; w < count; w += 1) {
    runner.restart(w + 1);
    answers = [];
    const choices: number[] = [];
    for (;;) {
      const step = runner.next();
      if (step.kind === 'end') break;
      if (step.kind !== 'choices') continue;
      const d = draw(rng);
      rng = d.next;
      const pick = step.choices[Math.floor(d.value * step.choices.length)]?.index ?? 0;
      runner.choose(pick);
      choices.push(pick);
    }
    total += choices.length;
    walks.push({ choices, answers });
  }
  return { walks, choices: total, ms: performance.now() - started };
}

/** The same playthroughs in bare inkjs: no tags read, no engine; ink's questions answered from the log. */
function rawInkWalks(compiled: CompiledStory, walks: readonly Walk[]): { choices: number; ms: number; tags: number } {
  const story = new Story(compiled.json);
  let answers: unknown[] = [];
  let k = 0;
  for (const name of EXTERNALS) story.BindExternalFunction(name, () => answers[k++], false);
  let total = 0;
  let tags = 0; // read, as the runner reads them, so that bare ink does that work too
  const started = performance.now();
  for (const walk of walks) {
    story.ResetState();
    story.state.storySeed = 0;
    answers = walk.answers;
    k = 0;
    for (const choice of walk.choices) {
      while (story.canContinue) {
        story.Continue();
        tags += story.currentTags?.length ?? 0;
      }
      story.ChooseChoiceIndex(choice);
      total += 1;
    }
    while (story.canContinue) story.Continue();
  }
  return { choices: total, ms: performance.now() - started, tags };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const loaded = loadScenarioDir(join(root, 'stories/dumas'), root);
  if (!loaded.ok) throw new Error('stories/dumas does not load: run npm run stories:check');
  const compiled = compiledStory(loaded.source, 'fr');

  // Warm up both, then alternate rounds so that machine noise hits both alike.
  runnerWalks(compiled, 20);
  const runnerRates: number[] = [];
  const rawRates: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const ours = runnerWalks(compiled, 60);
    const bare = rawInkWalks(compiled, ours.walks);
    if (bare.choices !== ours.choices) throw new Error('bare ink did not replay the same playthroughs');
    runnerRates.push((ours.choices / ours.ms) * 1000);
    rawRates.push((bare.choices / bare.ms) * 1000);
  }
  const runnerChoicesPerSec = Math.round(median(runnerRates));
  const rawInkChoicesPerSec = Math.round(median(rawRates));

  const explored = explore(compiled, { maxStates: 200_000, samples: 0, seed: 1 });
  const explorerStatesPerSec = Math.round((explored.states / explored.ms) * 1000);

  const checkStarted = performance.now();
  for (const dir of scenarioDirs(join(root, 'stories'))) checkScenario(dir, root);
  const storiesCheckMs = Math.round(performance.now() - checkStarted);

  const results: Record<string, number | string> = {
    runnerChoicesPerSec,
    rawInkChoicesPerSec,
    runnerVsRawInk: Number((runnerChoicesPerSec / rawInkChoicesPerSec).toFixed(2)),
    explorerStatesPerSec,
    explorerMode: explored.mode,
    storiesCheckMs,
  };

  const browserBench = join(root, 'scripts/bench-browser.ts');
  if (existsSync(browserBench) && !process.argv.includes('--core')) {
    const { benchBrowser } = (await import(browserBench)) as { benchBrowser: () => Promise<Record<string, number>> };
    Object.assign(results, await benchBrowser());
  }
  if (!process.argv.includes('--core')) {
    // The trainer space: 200 campaign reports verified in the browser's worker, beside the bare replay.
    const { benchTrainer } = await import('./bench-trainer.ts');
    Object.assign(results, await benchTrainer());
  }

  console.log('\nPasserelles benchmark (same run, same machine)');
  console.log(`  runner, all engine rules  ${String(runnerChoicesPerSec).padStart(9)} choices/s`);
  console.log(`  bare inkjs, same paths    ${String(rawInkChoicesPerSec).padStart(9)} choices/s`);
  console.log(`  runner / bare ink         ${String(results['runnerVsRawInk']).padStart(9)}   (target ≥ 0.8)`);
  console.log(
    `  explorer                  ${String(explorerStatesPerSec).padStart(9)} distinct states/s (${explored.states} states, ${explored.mode})`,
  );
  console.log(`  stories:check             ${String(storiesCheckMs).padStart(9)} ms`);
  for (const [key, value] of Object.entries(results)) {
    if (
      !(
        key in
        {
          runnerChoicesPerSec: 1,
          rawInkChoicesPerSec: 1,
          runnerVsRawInk: 1,
          explorerStatesPerSec: 1,
          explorerMode: 1,
          storiesCheckMs: 1,
        }
      )
    ) {
      console.log(`  ${key.padEnd(26)}${String(value).padStart(9)}`);
    }
  }
  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten: bench-results.json');
}

await main();
