// The trainer space's figures for `npm run bench`: 200 report files of the campaign (« Une saison à
// Relais Insertion », random playthroughs made here) dropped into the trainer space of the built game
// and verified in its workers, against the runner's bare replay of the same 200 records in a worker
// of the same browser, measured in the same run.
//
//   trainerReportsPerSec      reports verified per second in the browser: from the file input's change to
//                             the page saying that 200 reports were added (read, replayed, compared, stored)
//   trainerReplayReportsPerSec the same 200 records replayed by the runner in one worker of the same
//                             browser, the story loaded once (no reading, no report, no comparison)
//   trainerVerifyVsReplay     verifying time over replaying time (target ≤ 1.2)
//   trainer200Ms              the 200 reports, in ms (target < 10 000)
//   trainerLongestTaskMs      the longest task on the page's thread meanwhile (the page does not freeze)
//   trainerWorkers            how many workers the trainer space verified with (one per core, up to four)
//
// Run alone: `npx tsx scripts/bench-trainer.ts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { boundsCacheKey } from '../src/build/ink-plugin.ts';
import { compiledStory } from '../src/checker/check.ts';
import { loadScenarioDir } from '../src/content/scenario-files.ts';
import { draw, seedState } from '../src/engine/rng.ts';
import { buildReport } from '../src/engine/report.ts';
import type { Bounds } from '../src/engine/report.ts';
import { Runner } from '../src/narrative/runner.ts';
import type { CompiledStory, PlaythroughRecord } from '../src/narrative/runner.ts';
import { makeReportFile } from '../src/trainer/report-file.ts';
import { openBrowser } from '../tests/e2e/browser.ts';
import { gameSetup, HARNESS_DIR, sameSetup, serve } from './bench-browser.ts';

export interface TrainerBench {
  trainerReportsPerSec: number;
  trainerReplayReportsPerSec: number;
  trainerVerifyVsReplay: number;
  trainer200Ms: number;
  trainerLongestTaskMs: number;
  trainerWorkers: number;
}

const REPORTS = 200;
const MODULE = 'saison';
const ROOT = process.cwd();

type Log = (line: string) => void;

/** `count` random playthroughs of the campaign, each as the report file a learner downloads. */
function reportFiles(
  compiled: CompiledStory,
  bounds: Bounds,
  count: number,
): { records: PlaythroughRecord[]; files: Buffer[] } {
  const runner = Runner.start(compiled, 1);
  let rng = seedState(2026);
  const records: PlaythroughRecord[] = [];
  const files: Buffer[] = [];
  for (let n = 0; n < count; n += 1) {
    runner.restart(1000 + n);
    for (;;) {
      const step = runner.next();
      if (step.kind === 'end') break;
      if (step.kind !== 'choices') continue;
      const d = draw(rng);
      rng = d.next;
      runner.choose(step.choices[Math.floor(d.value * step.choices.length)]?.index ?? 0);
    }
    const record = runner.record;
    const report = buildReport({
      scenario: compiled.scenario,
      state: runner.state,
      bounds,
      locale: compiled.locale,
      storyHash: compiled.storyHash,
      seed: record.seed,
    });
    records.push(record);
    const learner = { firstName: `Learner ${n + 1}`, sessionCode: 'BENCH', selfRating: {}, reflection: '' };
    files.push(Buffer.from(JSON.stringify(makeReportFile(report, record, learner, new Date(0)))));
  }
  return { records, files };
}

/**
 * The runner replaying each record to its end in a fresh worker of the browser, the story loaded
 * once: the floor under any verification (best of two).
 */
async function replayInBrowser(
  tmp: string,
  compiled: CompiledStory,
  records: readonly PlaythroughRecord[],
): Promise<number> {
  const outDir = join(tmp, 'harness');
  await build(await sameSetup(HARNESS_DIR, outDir, { replay: join(HARNESS_DIR, 'replay.html') }));
  const { server, url } = await serve(HARNESS_DIR, outDir);
  const session = await openBrowser();
  try {
    const page = await session.context.newPage();
    await page.goto(`${url}replay.html`);
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    const times: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      times.push(await page.evaluate(([c, r]) => window.replayAll(c, r), [compiled, records] as const));
    }
    return Math.min(...times);
  } finally {
    await session.close();
    await server.close();
  }
}

interface PageTiming {
  readonly ms: number;
  readonly longestTask: number;
  readonly workers: number;
}

async function verifyInPage(gameUrl: string, files: readonly Buffer[], log: Log): Promise<PageTiming> {
  const session = await openBrowser({ width: 1280, height: 900 });
  try {
    const page = await session.context.newPage();
    await page.goto(`${gameUrl}?trainer&lang=fr`);
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
    // Timed in the page: from the input's change to the summary that counts the reports added.
    await page.evaluate((total) => {
      const w = window as unknown as { bench: { start: number; end: number; longest: number } };
      w.bench = { start: 0, end: 0, longest: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.bench.longest = Math.max(w.bench.longest, e.duration);
      }).observe({ type: 'longtask' });
      document.querySelector('#trainer-files')?.addEventListener(
        'change',
        () => {
          w.bench.start = performance.now();
        },
        { capture: true },
      );
      const summary = document.querySelector('[data-testid=import-summary]');
      if (!summary) throw new Error('no import summary on the trainer screen');
      new MutationObserver(() => {
        if (w.bench.end === 0 && summary.textContent.includes(`${total} rapports ajoutés`)) {
          w.bench.end = performance.now();
        }
      }).observe(summary, { childList: true, subtree: true, characterData: true });
    }, files.length);
    await page
      .locator('#trainer-files')
      .setInputFiles(
        files.map((buffer, i) => ({ name: `rapport-${i + 1}.json`, mimeType: 'application/json', buffer })),
      );
    await page.waitForFunction(() => (window as unknown as { bench: { end: number } }).bench.end > 0, null, {
      timeout: 300_000,
    });
    const timing = await page.evaluate(
      () => (window as unknown as { bench: { start: number; end: number; longest: number } }).bench,
    );
    const verified = await page.locator('.class-table tbody tr[data-status="verified"]').count();
    if (verified !== files.length) throw new Error(`${verified} of ${files.length} reports verified in the page`);
    const workers = await page.evaluate(() => Math.min(4, Math.max(1, navigator.hardwareConcurrency || 1)));
    log(
      `trainer: ${verified} campaign reports verified in the page in ${Math.round(timing.end - timing.start)} ms, ${workers} workers`,
    );
    return { ms: timing.end - timing.start, longestTask: timing.longest, workers };
  } finally {
    await session.close();
  }
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export async function benchTrainer(log: Log = () => undefined): Promise<TrainerBench> {
  const loaded = loadScenarioDir(join(ROOT, 'stories', MODULE), ROOT);
  if (!loaded.ok) throw new Error(`stories/${MODULE} does not load: run npm run stories:check`);
  const compiled = compiledStory(loaded.source, 'fr');
  const tmp = mkdtempSync(join(tmpdir(), 'passerelles-bench-trainer-'));
  try {
    const outDir = join(tmp, 'game');
    log('trainer: building the game…');
    await build(await gameSetup(outDir));
    // The reports claim the figures the game computes, with the bounds the build found.
    const cached = join(
      ROOT,
      'node_modules',
      '.cache',
      'passerelles-bounds',
      `${boundsCacheKey(compiled.storyHash)}.json`,
    );
    const { bounds } = JSON.parse(readFileSync(cached, 'utf8')) as { bounds: Bounds };
    log(`trainer: ${REPORTS} random playthroughs of ${MODULE}…`);
    const { records, files } = reportFiles(compiled, bounds, REPORTS);
    const replayMs = await replayInBrowser(tmp, compiled, records);
    log(`trainer: the runner replays the ${REPORTS} records in a worker in ${Math.round(replayMs)} ms (best of two)`);
    const { server, url } = await serve(ROOT, outDir);
    try {
      const page = await verifyInPage(url, files, log);
      return {
        trainerReportsPerSec: round((REPORTS / page.ms) * 1000, 1),
        trainerReplayReportsPerSec: round((REPORTS / replayMs) * 1000, 1),
        trainerVerifyVsReplay: round(page.ms / replayMs),
        trainer200Ms: Math.round(page.ms),
        trainerLongestTaskMs: Math.round(page.longestTask),
        trainerWorkers: page.workers,
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The trainer figures as lines of text, each beside its baseline or target. */
export function trainerTable(r: TrainerBench): string {
  return [
    `  verify in the page      ${String(r.trainerReportsPerSec).padStart(8)} reports/s (${r.trainerWorkers} workers)`,
    `  bare replay (1 worker)  ${String(r.trainerReplayReportsPerSec).padStart(8)} reports/s`,
    `  verify / replay         ${String(r.trainerVerifyVsReplay).padStart(8)}   (target ≤ 1.2)`,
    `  200 reports             ${String(r.trainer200Ms).padStart(8)} ms (target < 10 000)`,
    `  longest task on page    ${String(r.trainerLongestTaskMs).padStart(8)} ms`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchTrainer((line) => {
    console.log(`  ${line}`);
  });
  console.log(trainerTable(r));
}
