// The trainer space's figures for `npm run bench`: 200 report files of the campaign (« Une saison à
// Relais Insertion », random playthroughs made here), written to disk and picked with the trainer
// space's file input in the built game, and verified in its workers, against the runner's bare replay
// of the same 200 records in as many workers of the same browser, measured in the same run.
//
//   trainerReportsPerSec      reports verified per second in the browser: from the file input's change to
//                             the moment every verdict is in and the progress bar goes (each file read,
//                             replayed in a worker and compared; the entries stored as they came meanwhile)
//   trainerReplayReportsPerSec the same 200 records replayed by the runner in the same number of workers
//                             (dealt in turn), each loading the story once (no reading, no report, no
//                             comparison, no storing, no drawing)
//   trainerVerifyVsReplay     verifying time over replaying time, same workers (target ≤ 1.2)
//   trainer200Ms              the whole import, in ms: from the change to the page saying that 200 reports
//                             were added (verified, the last ones stored, listed and summed up on the
//                             dashboard) (target < 10 000)
//   trainerImportVsReplay     the whole import's time over replaying time (no target: what the page adds)
//   trainerLongestTaskMs      the longest task on the page's thread meanwhile (the page does not freeze)
//   trainerWorkers            how many workers the trainer space verified with, as the page says
//                             (`data-verify-workers`); the replay uses as many
//
// The two are taken in turns, three times each, and the best of each counts: the machine's other load
// then weighs on both alike.
//
// Run alone: `npx tsx scripts/bench-trainer.ts`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  trainerImportVsReplay: number;
  trainerLongestTaskMs: number;
  trainerWorkers: number;
}

const REPORTS = 200;
/** Runs of each, taken in turns. */
const RUNS = 3;
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

/** The replay harness, built and served once: `replay(workers)` times one run in a fresh browser. */
async function replayHarness(
  tmp: string,
  compiled: CompiledStory,
  records: readonly PlaythroughRecord[],
): Promise<{ replay(workers: number): Promise<number>; close(): Promise<void> }> {
  const outDir = join(tmp, 'harness');
  await build(await sameSetup(HARNESS_DIR, outDir, { replay: join(HARNESS_DIR, 'replay.html') }));
  const { server, url } = await serve(HARNESS_DIR, outDir);
  return {
    async replay(workers) {
      const session = await openBrowser();
      try {
        const page = await session.context.newPage();
        await page.goto(`${url}replay.html`);
        await page.waitForSelector('body[data-ready]', { state: 'attached' });
        return await page.evaluate(([c, r, w]) => window.replayAll(c, r, w), [compiled, records, workers] as const);
      } finally {
        await session.close();
      }
    },
    close: () => server.close(),
  };
}

interface PageTiming {
  /** Until every verdict is in. */
  readonly verifyMs: number;
  /** Until the page says the reports were added. */
  readonly ms: number;
  readonly longestTask: number;
  readonly workers: number;
}

interface BenchWindow {
  bench: { start: number; verified: number; end: number; longest: number; done: Promise<void> };
}

/** The trainer space of a fresh browser importing the report files as a person picks them from disk. */
async function verifyInPage(gameUrl: string, paths: readonly string[]): Promise<PageTiming> {
  const session = await openBrowser({ width: 1280, height: 900 });
  try {
    const page = await session.context.newPage();
    await page.goto(`${gameUrl}?trainer&lang=fr`);
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
    // Timed in the page: from the input's change to the summary that counts the reports added; the
    // longest task is taken among those that run meanwhile.
    await page.evaluate((total) => {
      const w = window as unknown as BenchWindow;
      const summary = document.querySelector('[data-testid=import-summary]');
      if (!summary) throw new Error('no import summary on the trainer screen');
      const progress = document.querySelector('#trainer-progress')?.parentElement;
      if (!progress) throw new Error('no progress bar on the trainer screen');
      // The progress bar shows while the reports are verified, and goes when every verdict is in.
      new MutationObserver(() => {
        if (w.bench.start > 0 && w.bench.verified === 0 && progress.hidden) w.bench.verified = performance.now();
      }).observe(progress, { attributes: true, attributeFilter: ['hidden'] });
      w.bench = {
        start: 0,
        verified: 0,
        end: 0,
        longest: 0,
        done: new Promise((resolve) => {
          new MutationObserver(() => {
            if (w.bench.end === 0 && summary.textContent.includes(`${total} rapports ajoutés`)) {
              w.bench.end = performance.now();
              resolve();
            }
          }).observe(summary, { childList: true, subtree: true, characterData: true });
        }),
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const { start, end } = w.bench;
          if (start > 0 && e.startTime + e.duration > start && (end === 0 || e.startTime < end))
            w.bench.longest = Math.max(w.bench.longest, e.duration);
        }
      }).observe({ type: 'longtask' });
      document.querySelector('#trainer-files')?.addEventListener(
        'change',
        () => {
          w.bench.start = performance.now();
        },
        { capture: true },
      );
    }, paths.length);
    await page.locator('#trainer-files').setInputFiles([...paths]);
    // Awaited in the page (no polling that would take the page's thread meanwhile); a long task
    // that ends the import is reported a moment later.
    await page.evaluate(() => (window as unknown as BenchWindow).bench.done);
    await page.waitForTimeout(200);
    const timing = await page.evaluate(() => {
      const { start, verified, end, longest } = (window as unknown as BenchWindow).bench;
      return { start, verified, end, longest };
    });
    if (!(timing.verified > timing.start))
      throw new Error('the progress bar did not go when the reports were verified');
    const verified = await page.locator('.class-table tbody tr[data-status="verified"]').count();
    if (verified !== paths.length) throw new Error(`${verified} of ${paths.length} reports verified in the page`);
    const workers = Number(await page.locator('[data-verify-workers]').getAttribute('data-verify-workers'));
    if (!(workers >= 1)) throw new Error('the trainer screen does not say how many workers it verifies with');
    return {
      verifyMs: timing.verified - timing.start,
      ms: timing.end - timing.start,
      longestTask: timing.longest,
      workers,
    };
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
    const reportsDir = join(tmp, 'reports');
    mkdirSync(reportsDir);
    const paths = files.map((buffer, i) => {
      const path = join(reportsDir, `rapport-${i + 1}.json`);
      writeFileSync(path, buffer);
      return path;
    });
    const harness = await replayHarness(tmp, compiled, records);
    const { server, url } = await serve(ROOT, outDir);
    try {
      // Taken in turns (verify, replay, verify, replay…), with the worker count the trainer space
      // used, so that both meet the same load on the machine; the best run of each counts.
      const pages: PageTiming[] = [];
      const replays: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const page = await verifyInPage(url, paths);
        pages.push(page);
        log(
          `trainer: ${REPORTS} campaign reports verified in the page in ${Math.round(page.verifyMs)} ms, added in ${Math.round(page.ms)} ms, ${page.workers} workers`,
        );
        const replayMs = await harness.replay(page.workers);
        replays.push(replayMs);
        log(
          `trainer: the runner replays the ${REPORTS} records in ${page.workers} workers in ${Math.round(replayMs)} ms`,
        );
      }
      const verifyMs = Math.min(...pages.map((p) => p.verifyMs));
      const pageMs = Math.min(...pages.map((p) => p.ms));
      const replayMs = Math.min(...replays);
      return {
        trainerReportsPerSec: round((REPORTS / verifyMs) * 1000, 1),
        trainerReplayReportsPerSec: round((REPORTS / replayMs) * 1000, 1),
        trainerVerifyVsReplay: round(verifyMs / replayMs),
        trainer200Ms: Math.round(pageMs),
        trainerImportVsReplay: round(pageMs / replayMs),
        trainerLongestTaskMs: Math.round(Math.max(...pages.map((p) => p.longestTask))),
        trainerWorkers: pages[0]?.workers ?? 0,
      };
    } finally {
      await server.close();
      await harness.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The trainer figures as lines of text, each beside its baseline or target. */
export function trainerTable(r: TrainerBench): string {
  return [
    `  verify in the page      ${String(r.trainerReportsPerSec).padStart(8)} reports/s (${r.trainerWorkers} workers)`,
    `  bare replay             ${String(r.trainerReplayReportsPerSec).padStart(8)} reports/s (${r.trainerWorkers} workers, same browser)`,
    `  verify / replay         ${String(r.trainerVerifyVsReplay).padStart(8)}   (same worker count; target ≤ 1.2)`,
    `  200 reports added       ${String(r.trainer200Ms).padStart(8)} ms (target < 10 000; stored, listed, on the dashboard)`,
    `  import / replay         ${String(r.trainerImportVsReplay).padStart(8)}   (the whole import; no target)`,
    `  longest task on page    ${String(r.trainerLongestTaskMs).padStart(8)} ms`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchTrainer((line) => {
    console.log(`  ${line}`);
  });
  console.log(trainerTable(r));
}
