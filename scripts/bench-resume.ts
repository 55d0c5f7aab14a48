// Resuming from a compact save, against the bare replay it is built on, in the same run: the
// campaign's longest sampled playthrough, saved on its last line, read back and put on screen
// (the save checked, the record replayed with the transcript rebuilt step by step) against
// Runner.replay of the same record with no callback.
import { join } from 'node:path';
import type { ScenarioEntry } from '../src/content/catalogue.ts';
import { loadScenarioDir } from '../src/content/scenario-files.ts';
import { draw, seedState } from '../src/engine/rng.ts';
import { Runner } from '../src/narrative/runner.ts';
import type { CompiledStory, PlaythroughRecord } from '../src/narrative/runner.ts';
import { EMPTY_LEARNER } from '../src/state/learner.ts';
import { PlaySession } from '../src/state/play-session.ts';
import { checkSave, SAVE_FORMAT, SAVE_VERSION } from '../src/state/saves.ts';
import type { SaveEnvelope } from '../src/state/saves.ts';
import { memoryStorage } from '../src/state/storage.ts';

const SAMPLED = 300;
const ROUNDS = 15;

/** The longest of `SAMPLED` seeded random playthroughs (in steps), stopped on its last line. */
function longestPlaythrough(compiled: CompiledStory): { record: PlaythroughRecord; steps: number; total: number } {
  let rng = seedState(77);
  let longest = { record: Runner.start(compiled, 1).record, steps: 0, total: 0 };
  for (let walk = 0; walk < SAMPLED; walk += 1) {
    const d = draw(rng);
    rng = d.next;
    const runner = Runner.start(compiled, Math.floor(d.value * 2 ** 32));
    let total = 0;
    let lastLine = { record: runner.record, steps: 0 };
    for (;;) {
      const step = runner.next();
      if (step.kind === 'end') break;
      if (step.kind === 'choices') {
        const r = draw(rng);
        rng = r.next;
        runner.choose(step.choices[Math.floor(r.value * step.choices.length)]?.index ?? 0);
        continue;
      }
      total += 1;
      lastLine = { record: runner.record, steps: runner.stepsSinceChoice };
    }
    if (total > longest.total) longest = { ...lastLine, total };
  }
  return longest;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchResume(root: string): Promise<Record<string, number>> {
  const loaded = loadScenarioDir(join(root, 'stories/saison'), root);
  if (!loaded.ok) throw new Error('stories/saison does not load: run npm run stories:check');
  const source = loaded.source;
  const entry: ScenarioEntry = {
    scenario: source.scenario,
    storyHash: source.storyHash,
    bounds: {},
    load: { fr: () => Promise.resolve(source.ink.fr.json), en: () => Promise.resolve(source.ink.en.json) },
    archive: {},
    decisions: () => Promise.reject(new Error('no decision map here')),
  };
  const compiled: CompiledStory = {
    scenario: source.scenario,
    json: source.ink.fr.json,
    locale: 'fr',
    storyHash: source.storyHash,
  };
  const { record, steps, total } = longestPlaythrough(compiled);
  const envelope: SaveEnvelope = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    module: source.scenario.id,
    savedAt: '2025-01-06T09:00:00.000Z',
    startedAt: '2025-01-06T08:00:00.000Z',
    finishedAt: null,
    record,
    steps,
    learner: EMPTY_LEARNER,
    reflection: '',
  };
  const raw = JSON.stringify(envelope);
  const context = { storage: memoryStorage(), now: () => new Date() };

  const resume = async (): Promise<number> => {
    const started = performance.now();
    const check = checkSave(raw, source.scenario.id, source.storyHash);
    if (!check.ok) throw new Error(`the benchmark's save is refused: ${check.reason}`);
    const session = await PlaySession.fromRecord(entry, check.envelope, context);
    const ms = performance.now() - started;
    if (session.store.getState().transcript.length < total) throw new Error('the resume showed less than was played');
    return ms;
  };
  const bare = (): number => {
    const started = performance.now();
    Runner.replay(compiled, record, { stepsAfter: steps });
    return performance.now() - started;
  };

  // Warm up both, then alternate which goes first in each round so that noise hits both alike.
  await resume();
  bare();
  const resumeMs: number[] = [];
  const bareMs: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      resumeMs.push(await resume());
      bareMs.push(bare());
    } else {
      bareMs.push(bare());
      resumeMs.push(await resume());
    }
  }
  const resumeMedian = median(resumeMs);
  const bareMedian = median(bareMs);
  return {
    resumeCampaignChoices: record.choices.length,
    resumeCampaignSaveChars: raw.length,
    resumeCampaignMs: Number(resumeMedian.toFixed(1)),
    bareReplayCampaignMs: Number(bareMedian.toFixed(1)),
    resumeVsBareReplay: Number((resumeMedian / bareMedian).toFixed(2)),
  };
}
