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
import { benchResume } from './bench-resume.ts';

const root = process.cwd();

interface Walk {
  readonly seed: number;
  readonly choices: number[];
  /** What the engine answered each external function ink called, in order. */
  readonly answers: { readonly name: string; readonly value: unknown }[];
}

/** What a playthrough showed: compared between our runner and bare ink to prove they did the same work. */
interface Output {
  choices: number;
  /** FNV-1a over every line of text shown and every choice label offered, in order. */
  textHash: number;
  /** The same over ink's saved state at the end of each playthrough (variables, visit counts, turns). */
  inkStateHash: number;
}

function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const FNV_START = 0x811c9dc5;

/**
 * Makes a runner whose answers to ink's external functions are also given to `listen`, so that bare
 * ink can replay the very same playthroughs: inkjs's binding is wrapped while the runner binds its
 * functions (the runner itself has no hook for this).
 */
function recordingAnswers(make: () => Runner, listen: (name: string, value: unknown) => void): Runner {
  type Bind = (this: unknown, name: string, fn: (args: unknown[]) => unknown, lookaheadSafe: boolean) => void;
  const prototype = Story.prototype as unknown as { BindExternalFunctionGeneral: Bind };
  const bind = prototype.BindExternalFunctionGeneral;
  prototype.BindExternalFunctionGeneral = function (this: unknown, name, fn, lookaheadSafe) {
    bind.call(
      this,
      name,
      (args) => {
        const value = fn(args);
        listen(name, value);
        return value;
      },
      lookaheadSafe,
    );
  };
  try {
    return make();
  } finally {
    prototype.BindExternalFunctionGeneral = bind;
  }
}

/** Random playthroughs through our runner; records each one's choices and what ink asked the engine. */
function runnerWalks(
  compiled: CompiledStory,
  count: number,
  seed: number,
): { walks: Walk[]; output: Output; ms: number } {
  const walks: Walk[] = [];
  let answers: { name: string; value: unknown }[] = [];
  const runner = recordingAnswers(
    () => Runner.start(compiled, 1),
    (name, value) => answers.push({ name, value }),
  );
  let rng = seedState(seed);
  const output: Output = { choices: 0, textHash: FNV_START, inkStateHash: FNV_START };
  const started = performance.now();
  for (let w = 0; w < count; w += 1) {
    const walkSeed = seed * 1000 + w + 1;
    runner.restart(walkSeed);
    answers = [];
    const choices: number[] = [];
    for (;;) {
      const step = runner.next();
      if (step.kind === 'end') break;
      // Week events are the engine's text, not ink's: bare ink has none.
      if (step.kind === 'event') continue;
      if (step.kind === 'line') {
        output.textHash = fnv1a(output.textHash, step.text);
        continue;
      }
      for (const c of step.choices) output.textHash = fnv1a(output.textHash, c.text);
      const d = draw(rng);
      rng = d.next;
      const pick = step.choices[Math.floor(d.value * step.choices.length)]?.index ?? 0;
      runner.choose(pick);
      choices.push(pick);
    }
    output.choices += choices.length;
    output.inkStateHash = fnv1a(output.inkStateHash, runner.inkState());
    walks.push({ seed: walkSeed, choices, answers });
  }
  return { walks, output, ms: performance.now() - started };
}

/**
 * The same playthroughs in bare inkjs: no engine; ink's questions answered from the log. It reads
 * the text and tags as the runner does (trimmed lines, empty ones skipped), so both do that work.
 */
function rawInkWalks(compiled: CompiledStory, walks: readonly Walk[]): { output: Output; tags: number; ms: number } {
  const story = new Story(compiled.json);
  let answers: readonly { name: string; value: unknown }[] = [];
  let k = 0;
  const names = new Set(walks.flatMap((w) => w.answers.map((a) => a.name)));
  for (const name of names) story.BindExternalFunction(name, () => answers[k++]?.value, false);
  const output: Output = { choices: 0, textHash: FNV_START, inkStateHash: FNV_START };
  let tags = 0;
  const show = (): void => {
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      tags += story.currentTags?.length ?? 0;
      if (text !== '') output.textHash = fnv1a(output.textHash, text);
    }
  };
  const started = performance.now();
  for (const walk of walks) {
    story.ResetState();
    // Seeded as the runner seeds it, so that ink's shuffles and random draws are the same.
    story.state.storySeed = walk.seed % 1_000_000;
    story.state.previousRandom = 0;
    answers = walk.answers;
    k = 0;
    for (const choice of walk.choices) {
      show();
      for (const c of story.currentChoices) output.textHash = fnv1a(output.textHash, c.text.trim());
      story.ChooseChoiceIndex(choice);
      output.choices += 1;
    }
    show();
    output.inkStateHash = fnv1a(output.inkStateHash, story.state.ToJson());
  }
  return { output, tags, ms: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const loaded = loadScenarioDir(join(root, 'stories/dumas'), root);
  if (!loaded.ok) throw new Error('stories/dumas does not load: run npm run stories:check');
  const compiled = compiledStory(loaded.source, 'fr');

  // Warm up both; then, in each round, the two run in an order drawn from a seeded generator, so that
  // neither always benefits from the other's warm caches, and machine noise hits both alike.
  rawInkWalks(compiled, runnerWalks(compiled, 20, 1).walks);
  const runnerRates: number[] = [];
  const rawRates: number[] = [];
  let order = seedState(7);
  let inkTags = 0;
  for (let round = 0; round < 6; round += 1) {
    const d = draw(order);
    order = d.next;
    const runnerFirst = d.value < 0.5;
    let bare: ReturnType<typeof rawInkWalks> | null = null;
    if (!runnerFirst) bare = rawInkWalks(compiled, runnerWalks(compiled, 60, round + 2).walks);
    const ours = runnerWalks(compiled, 60, round + 2);
    bare ??= rawInkWalks(compiled, ours.walks);
    for (const key of ['choices', 'textHash', 'inkStateHash'] as const) {
      if (bare.output[key] !== ours.output[key]) {
        throw new Error(
          `bare ink did not replay the same playthroughs: ${key} ${bare.output[key]} ≠ ${ours.output[key]}`,
        );
      }
    }
    inkTags = bare.tags;
    runnerRates.push((ours.output.choices / ours.ms) * 1000);
    rawRates.push((bare.output.choices / bare.ms) * 1000);
  }
  const runnerChoicesPerSec = Math.round(median(runnerRates));
  const rawInkChoicesPerSec = Math.round(median(rawRates));

  const explored = explore(compiled, { maxStates: 200_000, samples: 0, seed: 1 });
  const explorerStatesPerSec = Math.round((explored.states / explored.ms) * 1000);

  const checkStarted = performance.now();
  for (const dir of scenarioDirs(join(root, 'stories'))) checkScenario(dir, root);
  const storiesCheckMs = Math.round(performance.now() - checkStarted);

  const resumed = await benchResume(root);

  const results: Record<string, number | string> = {
    ...resumed,
    runnerChoicesPerSec,
    rawInkChoicesPerSec,
    runnerVsRawInk: Number((runnerChoicesPerSec / rawInkChoicesPerSec).toFixed(2)),
    inkTagsPerRound: inkTags,
    explorerStatesPerSec,
    explorerMode: explored.mode,
    storiesCheckMs,
  };

  const browserBench = join(root, 'scripts/bench-browser.ts');
  let browserTable = '';
  if (existsSync(browserBench) && !process.argv.includes('--core')) {
    const { benchBrowser, table } = (await import(browserBench)) as {
      benchBrowser: (log: (line: string) => void) => Promise<Record<string, number>>;
      table: (r: Record<string, number>) => string;
    };
    const browser = await benchBrowser((line) => {
      console.log(`  ${line}`);
    });
    Object.assign(results, browser);
    browserTable = table(browser);
  }
  let trainerLines = '';
  if (!process.argv.includes('--core')) {
    // The trainer space: 200 campaign reports verified in the browser's worker, beside the bare replay.
    const { benchTrainer, trainerTable } = await import('./bench-trainer.ts');
    const trainer = await benchTrainer((line) => {
      console.log(`  ${line}`);
    });
    Object.assign(results, trainer);
    trainerLines = trainerTable(trainer);
  }

  console.log('\nPasserelles benchmark (same run, same machine)');
  console.log(`  runner, all engine rules  ${String(runnerChoicesPerSec).padStart(9)} choices/s`);
  console.log(`  bare inkjs, same paths    ${String(rawInkChoicesPerSec).padStart(9)} choices/s`);
  console.log(`  runner / bare ink         ${String(results['runnerVsRawInk']).padStart(9)}   (target ≥ 0.8)`);
  console.log(`  same text, same ink state on both sides; ${inkTags} tags per round read by bare ink`);
  console.log(
    `  explorer                  ${String(explorerStatesPerSec).padStart(9)} distinct states/s (${explored.states} states, ${explored.mode})`,
  );
  console.log(`  stories:check             ${String(storiesCheckMs).padStart(9)} ms`);
  console.log(
    `  resume, campaign          ${String(resumed['resumeCampaignMs']).padStart(9)} ms   (target < 300; ${resumed['resumeCampaignChoices']} choices, save of ${resumed['resumeCampaignSaveChars']} characters)`,
  );
  console.log(`  bare replay, same record  ${String(resumed['bareReplayCampaignMs']).padStart(9)} ms`);
  console.log(`  resume / bare replay      ${String(resumed['resumeVsBareReplay']).padStart(9)}`);
  if (browserTable !== '') console.log(`\nIn the browser (each figure beside its baseline or target)\n${browserTable}`);
  if (trainerLines !== '') console.log(`\nThe trainer space (200 campaign reports, same browser)\n${trainerLines}`);
  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten: bench-results.json');
}

await main();
