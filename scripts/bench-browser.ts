// Browser figures for `npm run bench`, each against a baseline built and measured in the same run: a
// Phaser-only hello-world page (tests/bench/phaser-baseline) built with the game's own Vite setup and
// drawing with the renderer the game picks on the machine (src/scenes/renderer.ts).
//
//   initialJsGzipKb       gzip size of the JS the game's page loads at once (entry + its static imports)
//   phaserBaselineGzipKb  the same for the baseline page
//   menuReadyRatio        time until the title menu is usable (its "Jouer" button visible and enabled),
//                         over the baseline's time to its first frame: medians of 5 loads each
//   throttled*            the same loads with Chromium throttled as a classroom laptop on a poor link
//                         (1.6 Mbps down, 150 ms latency, CPU 4× slower): time and bytes transferred
//                         (completed responses) before the menu is usable / the baseline's first frame
//   mapUpdateMs*          the view update itself (WorldHandle.update), timed for each change such as the
//                         play store makes, on a map of 10 partners, 20 bonds and 6 markers, CPU 4× slower,
//                         after 20 untimed changes (five of each kind) have let the browser compile their code;
//                         the markers change order there. Measured in three fresh pages: each figure is the
//                         median of the three pages' figures
//   mapNewMarkersMs*      the same when only the markers change, each time to the next decision's six choices
//                         (other words, other places)
//   mapNoChangeMs*        the baseline of both: the same updates with a view that changes nothing, on the same
//                         map under the same slowdown. What they take is the floor of the method: DevTools slows
//                         the CPU down by pausing the page's thread at intervals, and an update that a pause
//                         falls into takes the pause with it
//   heap*                 after ten play → report → new game cycles over after the first, both after two
//                         garbage collections: JS data (heap snapshot without compiled code), DOM nodes and
//                         listeners (CDP Memory.getDOMCounters), canvas backing stores (width × height × 4)
//
// Run alone: `npx tsx scripts/bench-browser.ts` prints a table. Targets: initial JS ≤ baseline + 120 KB,
// menuReadyRatio ≤ 1.3, throttled menu ≤ 0.5 × the baseline's first frame, map update p95 ≤ 4 ms,
// every heap growth < 10 % (ratio < 1.10).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile, preview } from 'vite';
import type { InlineConfig, PluginOption, PreviewServer, UserConfig } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { passerellesStories } from '../src/build/ink-plugin.ts';
import { openBrowser } from '../tests/e2e/browser.ts';

export interface BrowserBench {
  initialJsGzipKb: number;
  phaserBaselineGzipKb: number;
  menuReadyMs: number;
  phaserBaselineFirstFrameMs: number;
  menuReadyRatio: number;
  throttledMenuReadyMs: number;
  throttledMenuKb: number;
  throttledBaselineFirstFrameMs: number;
  throttledBaselineKb: number;
  throttledMenuReadyRatio: number;
  mapUpdateMsMedian: number;
  mapUpdateMsP95: number;
  mapNewMarkersMsMedian: number;
  mapNewMarkersMsP95: number;
  mapNoChangeMsMedian: number;
  mapNoChangeMsP95: number;
  heapGrowthRatio: number;
  domNodesGrowthRatio: number;
  listenersGrowthRatio: number;
  canvasBytesGrowthRatio: number;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE_DIR = join(ROOT, 'tests/bench/phaser-baseline');
export const HARNESS_DIR = join(ROOT, 'tests/bench/harness');
const LOADS = 5;
const THROTTLED_LOADS = 3;
const MAP_CHANGES = 120;
/** Changes applied first and not timed: five of each kind, so that each kind's code is compiled. */
const MAP_WARMUP = 20;
const NEW_MARKER_CHANGES = 40;
/** Fresh pages the map is measured in (see mapUpdateTimes). */
const MAP_RUNS = 3;
const CYCLES = 10;
// The shortest module: ten whole playthroughs stay within minutes.
const MODULE = 'audit';

type Log = (line: string) => void;

// --- Building -------------------------------------------------------------------------------------

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}
interface OutputAsset {
  type: 'asset';
  fileName: string;
}
interface BuildOutput {
  output: (OutputChunk | OutputAsset)[];
}

function outputsOf(result: unknown): BuildOutput[] {
  const list = Array.isArray(result) ? (result as unknown[]) : [result];
  return list.filter((r): r is BuildOutput => typeof r === 'object' && r !== null && 'output' in r);
}

/** Gzip (level 9) size in KB of the entry chunks and everything they import statically. */
export function initialJsKb(result: unknown): number {
  const chunks = new Map<string, OutputChunk>();
  for (const out of outputsOf(result)) {
    for (const item of out.output) if (item.type === 'chunk') chunks.set(item.fileName, item);
  }
  const seen = new Set<string>();
  const queue = [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
  let bytes = 0;
  while (queue.length > 0) {
    const name = queue.pop();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const chunk = chunks.get(name);
    if (!chunk) continue;
    bytes += gzipSync(Buffer.from(chunk.code), { level: 9 }).length;
    queue.push(...chunk.imports);
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

function isNamedPlugin(p: PluginOption): p is { name: string } {
  return typeof p === 'object' && p !== null && !Array.isArray(p) && 'name' in p;
}

/** The game's own Vite setup (build options, the CSP plugin), without the scenario compiler or the service worker. */
export async function sameSetup(root: string, outDir: string, input?: Record<string, string>): Promise<InlineConfig> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'), ROOT);
  if (!loaded) throw new Error('vite.config.ts not found');
  const config: UserConfig = loaded.config;
  // Neither the scenario compiler nor the offline service worker: the pages measured here register none.
  const plugins = (config.plugins ?? [])
    .flat()
    .filter((p) => isNamedPlugin(p) && p.name !== 'passerelles-stories' && !p.name.startsWith('vite-plugin-pwa'));
  const rolldownOptions = { ...(config.build?.rolldownOptions ?? {}), ...(input ? { input } : {}) };
  return {
    configFile: false,
    root,
    base: config.base ?? './',
    plugins,
    logLevel: 'warn',
    build: { ...config.build, rolldownOptions, outDir, emptyOutDir: true },
  };
}

/**
 * The game's build as `npm run build` makes it. BENCH_STORIES_DIR points the scenario compiler at another
 * folder (while a scenario in stories/ is being written and does not build yet).
 */
export async function gameSetup(outDir: string): Promise<InlineConfig> {
  const storiesDir = process.env['BENCH_STORIES_DIR'];
  if (!storiesDir)
    return {
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    };
  const config = await sameSetup(ROOT, outDir);
  return { ...config, plugins: [passerellesStories({ storiesDir: resolve(storiesDir) }), ...(config.plugins ?? [])] };
}

export async function serve(root: string, outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`the preview server for ${root} did not start`);
  return { server, url };
}

// --- Measuring in the page (scripts as text: the page gets them as written) ------------------------

/** Installed before the page's own scripts: notes when a "Jouer"/"Play" button is first visible and enabled. */
const MENU_PROBE = `(() => {
  const wanted = /^(Jouer|Play)$/;
  function usable() {
    for (const b of document.querySelectorAll('button')) {
      const name = (b.getAttribute('aria-label') || b.textContent || '').replace(/\\s+/g, ' ').trim();
      if (!wanted.test(name) || b.disabled) continue;
      const r = b.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) continue;
      const s = getComputedStyle(b);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) continue;
      return true;
    }
    return false;
  }
  function check() {
    if (window.__menuReady !== undefined) return;
    if (usable()) { window.__menuReady = performance.now(); observer.disconnect(); return; }
    requestAnimationFrame(check);
  }
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  requestAnimationFrame(check);
})();`;

/** What the page shows now, in one round trip. */
const STATE_SCRIPT = `(() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const name = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
  const report = [...document.querySelectorAll('h1, h2')].some((h) => /Rapport|Report/.test(name(h)) && visible(h));
  const group = [...document.querySelectorAll('[role="group"]')].find((g) => /^(Choix|Choices)$/.test(name(g)) && visible(g));
  const choices = group ? [...group.querySelectorAll('button')].filter((b) => visible(b) && !b.disabled).length : 0;
  const buttons = [...document.querySelectorAll('button')].filter((b) => visible(b) && !b.disabled).map(name);
  const canvas = document.querySelector('canvas[data-mode]');
  return {
    report,
    choices,
    buttons,
    mode: canvas ? canvas.dataset.mode : null,
    partners: canvas ? Number(canvas.dataset.partners) : 0,
    bonds: canvas ? Number(canvas.dataset.bonds) : 0,
  };
})()`;

interface PageState {
  report: boolean;
  choices: number;
  buttons: string[];
  mode: string | null;
  partners: number;
  bonds: number;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** A classroom laptop on a poor link: 1.6 Mbps down, 750 kbps up, 150 ms latency, CPU 4× slower. */
async function throttle(cdp: Cdp): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

interface Load {
  readonly ms: number;
  /** Bytes of the responses completed by then (headers and bodies as transferred). */
  readonly bytes: number;
}

async function readyTimes(url: string, probe: string | null, flag: string, throttled: boolean): Promise<Load[]> {
  const session = await openBrowser();
  try {
    const loads: Load[] = [];
    for (let i = 0; i < (throttled ? THROTTLED_LOADS : LOADS); i++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      if (throttled) await throttle(cdp);
      if (probe) await page.addInitScript({ content: probe });
      await page.goto(url, { timeout: 120_000 });
      await page.waitForFunction(`window.${flag} !== undefined`, undefined, { timeout: 120_000 });
      const at = Number(await page.evaluate(`window.${flag}`));
      const bytes = Number(
        await page.evaluate(`[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((e) => e.responseEnd > 0 && e.responseEnd <= ${at})
          .reduce((n, e) => n + e.transferSize, 0)`),
      );
      loads.push({ ms: at, bytes });
      await cdp.detach();
      await page.close();
    }
    return loads;
  } finally {
    await session.close();
  }
}

// --- The heap ------------------------------------------------------------------------------------------

interface HeapReading {
  /** V8's used heap (Runtime.getHeapUsage) after two collections. */
  readonly used: number;
  /** Native memory the page holds: DOM nodes and listeners (Memory.getDOMCounters), canvas backing stores. */
  readonly nodes: number;
  readonly listeners: number;
  readonly canvasBytes: number;
  /** The same without compiled code, from a heap snapshot (only when asked: a snapshot takes seconds). */
  readonly data: number | null;
}

/** Bytes of JavaScript data in a heap snapshot: every V8 object but compiled code (and Blink's own). */
export function dataBytes(snapshotJson: string): number {
  const snap = JSON.parse(snapshotJson) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const typeNames = snap.snapshot.meta.node_types[0];
  const skip = new Set(['code', 'native', 'synthetic']);
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    if (!skip.has(typeNames[snap.nodes[i + typeAt] ?? 0] ?? '')) bytes += snap.nodes[i + sizeAt] ?? 0;
  }
  return bytes;
}

async function readHeap(cdp: Cdp, snapshot: boolean): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const canvas = await cdp.send('Runtime.evaluate', {
    expression: `[...document.querySelectorAll('canvas')].reduce((n, c) => n + c.width * c.height * 4, 0)`,
    returnByValue: true,
  });
  const native = { nodes: dom.nodes, listeners: dom.jsEventListeners, canvasBytes: Number(canvas.result.value) };
  if (!snapshot) return { used: usedSize, data: null, ...native };
  const chunks: string[] = [];
  const collect = (event: { chunk: string }): void => {
    chunks.push(event.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return { used: usedSize, data: dataBytes(chunks.join('')), ...native };
}

const mb = (bytes: number): string => `${round(bytes / 1048576, 2)} MB`;

// --- Driving the app --------------------------------------------------------------------------------

const START =
  /^(Jouer|Play|Commencer la partie|Start the game|Passer et commencer|Skip and start|Nouvelle partie|New game|Rejouer|Replay)$/;

async function state(page: Page): Promise<PageState> {
  return await page.evaluate<PageState>(STATE_SCRIPT);
}

/**
 * One step of play as a person would take it: the first choice when there are choices, a start or
 * replay button on the screens around play, Enter otherwise (it continues the dialogue).
 */
async function step(page: Page, s: PageState): Promise<void> {
  if (s.choices > 0) {
    await page
      .getByRole('group', { name: /^(Choix|Choices)$/ })
      .getByRole('button')
      .first()
      .click();
    return;
  }
  const start = s.buttons.find((b) => START.test(b));
  if (start !== undefined && (s.report || s.mode !== 'play')) {
    await page.getByRole('button', { name: start, exact: true }).first().click();
    return;
  }
  await page.keyboard.press('Enter');
}

/** Plays until `done` says so, within a budget of steps; returns the last state. */
async function playUntil(page: Page, done: (s: PageState) => boolean, budget: number): Promise<PageState | null> {
  for (let i = 0; i < budget; i++) {
    const s = await state(page);
    if (done(s)) return s;
    await step(page, s);
    await page.waitForTimeout(20);
  }
  return null;
}

export async function heapCyclesInApp(gameUrl: string, log: Log): Promise<HeapReading[] | null> {
  const session = await openBrowser();
  try {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await page.goto(`${gameUrl}?module=${MODULE}&lang=fr`);
    const heaps: HeapReading[] = [];
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      // play → report
      const atReport = await playUntil(page, (s) => s.report, 3000);
      if (!atReport) {
        log(`heap: cycle ${cycle} did not reach the report`);
        return null;
      }
      // → new game: Replay, then wait until play has started again.
      await step(page, atReport);
      const again = await playUntil(page, (s) => s.mode === 'play' && !s.report, 50);
      if (!again) {
        log(`heap: cycle ${cycle} did not start a new game`);
        return null;
      }
      await page.waitForTimeout(500);
      const reading = await readHeap(cdp, cycle === 1 || cycle === CYCLES);
      heaps.push(reading);
      log(
        `heap: cycle ${cycle}: ${mb(reading.used)}${reading.data === null ? '' : `, ${mb(reading.data)} without compiled code`}; ${reading.nodes} DOM nodes, ${reading.listeners} listeners, ${mb(reading.canvasBytes)} of canvas`,
      );
    }
    return heaps;
  } finally {
    await session.close();
  }
}

// --- The map redraw, in the harness (the world alone, the busy map) -----------------------------------

interface MapTimes {
  readonly mixed: number[];
  readonly newMarkers: number[];
  readonly noChange: number[];
}

/**
 * The map's update times, in MAP_RUNS fresh pages: on a machine with two cores, the slowest updates of
 * one run depend on what else the machine does meanwhile; each figure is the median of the runs' figures.
 */
async function mapUpdateTimes(tmp: string, log: Log): Promise<MapTimes[]> {
  const outDir = join(tmp, 'harness');
  await build(await sameSetup(HARNESS_DIR, outDir, { world: join(HARNESS_DIR, 'world.html') }));
  const { server, url } = await serve(HARNESS_DIR, outDir);
  const session = await openBrowser();
  const runs: MapTimes[] = [];
  try {
    for (let run = 1; run <= MAP_RUNS; run += 1) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await page.goto(`${url}world.html`);
      await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
      await page.evaluate(`window.harness.busy()`);
      await page.waitForTimeout(1500); // arrival animations
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const mixed = await page.evaluate<number[]>(`window.harness.timeUpdates(${MAP_CHANGES}, ${MAP_WARMUP})`);
      const newMarkers = await page.evaluate<number[]>(`window.harness.timeNewMarkers(${NEW_MARKER_CHANGES}, 4)`);
      const noChange = await page.evaluate<number[]>(
        `window.harness.timeUpdates(${MAP_CHANGES}, ${MAP_WARMUP}, 'reorder', [4])`,
      );
      await page.close();
      runs.push({ mixed, newMarkers, noChange });
      log(
        `map, run ${run}: ${mixed.length} view updates on 10 partners, 20 bonds, 6 markers, CPU 4× slower, p95 ${round(percentile(mixed, 95))} ms; ` +
          `${newMarkers.length} new decisions' markers, p95 ${round(percentile(newMarkers, 95))} ms; ` +
          `${noChange.length} updates that change nothing (baseline), p95 ${round(percentile(noChange, 95))} ms`,
      );
    }
    return runs;
  } finally {
    await session.close();
    await server.close();
  }
}

/** The median over the runs of a figure of each run. */
function acrossRuns(runs: readonly MapTimes[], of: (run: MapTimes) => number): number {
  return round(median(runs.map(of)));
}

// --- All together -----------------------------------------------------------------------------------

export async function benchBrowser(log: Log = () => undefined): Promise<BrowserBench> {
  const tmp = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
  const servers: PreviewServer[] = [];
  try {
    const gameOut = join(tmp, 'game');
    const baselineOut = join(tmp, 'baseline');
    log('building the game and the Phaser baseline…');
    const gameBuild = await build(await gameSetup(gameOut));
    const baselineBuild = await build(await sameSetup(BASELINE_DIR, baselineOut));
    const initialJsGzipKb = initialJsKb(gameBuild);
    const phaserBaselineGzipKb = initialJsKb(baselineBuild);

    const game = await serve(ROOT, gameOut);
    const baseline = await serve(BASELINE_DIR, baselineOut);
    servers.push(game.server, baseline.server);

    log('loading the title menu and the baseline, 5 times each…');
    const menu = await readyTimes(`${game.url}?lang=fr`, MENU_PROBE, '__menuReady', false);
    const base = await readyTimes(baseline.url, null, '__benchReady', false);
    log(
      `menu ready (ms): ${menu.map((l) => round(l.ms, 0)).join(', ')}; baseline first frame (ms): ${base.map((l) => round(l.ms, 0)).join(', ')}`,
    );
    log('the same, throttled (1.6 Mbps, 150 ms, CPU 4×), 3 times each…');
    const slowMenu = await readyTimes(`${game.url}?lang=fr`, MENU_PROBE, '__menuReady', true);
    const slowBase = await readyTimes(baseline.url, null, '__benchReady', true);
    log(
      `throttled menu ready (ms): ${slowMenu.map((l) => round(l.ms, 0)).join(', ')}; baseline first frame (ms): ${slowBase.map((l) => round(l.ms, 0)).join(', ')}`,
    );
    const ms = (loads: readonly Load[]): number => median(loads.map((l) => l.ms));
    const kb = (loads: readonly Load[]): number => round(median(loads.map((l) => l.bytes)) / 1024, 1);

    log('view updates on the busy map…');
    const updates = await mapUpdateTimes(tmp, log);
    log(`${CYCLES} play → report → new game cycles (${MODULE})…`);
    const heaps = await heapCyclesInApp(game.url, log);
    if (!heaps) throw new Error(`the ${MODULE} module could not be played ${CYCLES} times`);
    // Growth of the data the page keeps. The used heap also counts the code V8 compiles as the game warms
    // up (it tiers hot functions up cycle after cycle): logged, but a leak shows in the data.
    const first = heaps[0];
    const last = heaps[heaps.length - 1];
    if (!first || !last) throw new Error('no heap reading');
    const usedRatio = last.used / first.used;
    const dataRatio = first.data && last.data ? last.data / first.data : usedRatio;
    log(
      `heap: used ${round(usedRatio, 3)}× after ${CYCLES} cycles, data without compiled code ${round(dataRatio, 3)}×`,
    );
    const growth = (a: number, b: number): number => round(a === 0 ? (b === 0 ? 1 : Infinity) : b / a, 3);
    return {
      initialJsGzipKb,
      phaserBaselineGzipKb,
      menuReadyMs: round(ms(menu), 0),
      phaserBaselineFirstFrameMs: round(ms(base), 0),
      menuReadyRatio: round(ms(menu) / ms(base)),
      throttledMenuReadyMs: round(ms(slowMenu), 0),
      throttledMenuKb: kb(slowMenu),
      throttledBaselineFirstFrameMs: round(ms(slowBase), 0),
      throttledBaselineKb: kb(slowBase),
      throttledMenuReadyRatio: round(ms(slowMenu) / ms(slowBase)),
      mapUpdateMsMedian: acrossRuns(updates, (r) => median(r.mixed)),
      mapUpdateMsP95: acrossRuns(updates, (r) => percentile(r.mixed, 95)),
      mapNewMarkersMsMedian: acrossRuns(updates, (r) => median(r.newMarkers)),
      mapNewMarkersMsP95: acrossRuns(updates, (r) => percentile(r.newMarkers, 95)),
      mapNoChangeMsMedian: acrossRuns(updates, (r) => median(r.noChange)),
      mapNoChangeMsP95: acrossRuns(updates, (r) => percentile(r.noChange, 95)),
      heapGrowthRatio: round(dataRatio, 3),
      domNodesGrowthRatio: growth(first.nodes, last.nodes),
      listenersGrowthRatio: growth(first.listeners, last.listeners),
      canvasBytesGrowthRatio: growth(first.canvasBytes, last.canvasBytes),
    };
  } finally {
    for (const s of servers) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function table(r: BrowserBench): string {
  const rows: [string, string, string, boolean][] = [
    [
      'initialJsGzipKb',
      `${r.initialJsGzipKb} KB`,
      `≤ ${r.phaserBaselineGzipKb + 120} KB (baseline ${r.phaserBaselineGzipKb} + 120)`,
      r.initialJsGzipKb <= r.phaserBaselineGzipKb + 120,
    ],
    ['menuReadyMs', `${r.menuReadyMs} ms`, `baseline first frame ${r.phaserBaselineFirstFrameMs} ms`, true],
    ['menuReadyRatio', String(r.menuReadyRatio), '≤ 1.3', r.menuReadyRatio <= 1.3],
    [
      'throttledMenuReadyMs',
      `${r.throttledMenuReadyMs} ms`,
      `baseline first frame ${r.throttledBaselineFirstFrameMs} ms`,
      true,
    ],
    ['throttledMenuKb', `${r.throttledMenuKb} KB`, `baseline ${r.throttledBaselineKb} KB`, true],
    ['throttledMenuReadyRatio', String(r.throttledMenuReadyRatio), '≤ 0.5', r.throttledMenuReadyRatio <= 0.5],
    ['mapUpdateMsMedian', `${r.mapUpdateMsMedian} ms`, `baseline (no change) ${r.mapNoChangeMsMedian} ms`, true],
    [
      'mapUpdateMsP95',
      `${r.mapUpdateMsP95} ms`,
      `≤ 4 ms (baseline, no change: ${r.mapNoChangeMsP95} ms)`,
      r.mapUpdateMsP95 <= 4,
    ],
    [
      'mapNewMarkersMsMedian',
      `${r.mapNewMarkersMsMedian} ms`,
      `baseline (no change) ${r.mapNoChangeMsMedian} ms`,
      true,
    ],
    ['mapNewMarkersMsP95', `${r.mapNewMarkersMsP95} ms`, `baseline (no change) ${r.mapNoChangeMsP95} ms`, true],
    ['heapGrowthRatio', String(r.heapGrowthRatio), '< 1.10 (cycle 1 = 1)', r.heapGrowthRatio < 1.1],
    ['domNodesGrowthRatio', String(r.domNodesGrowthRatio), '< 1.10 (cycle 1 = 1)', r.domNodesGrowthRatio < 1.1],
    ['listenersGrowthRatio', String(r.listenersGrowthRatio), '< 1.10 (cycle 1 = 1)', r.listenersGrowthRatio < 1.1],
    [
      'canvasBytesGrowthRatio',
      String(r.canvasBytesGrowthRatio),
      '< 1.10 (cycle 1 = 1)',
      r.canvasBytesGrowthRatio < 1.1,
    ],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  return rows
    .map(
      ([name, value, target, ok]) =>
        `${name.padEnd(width)}  ${value.padStart(10)}  ${target.startsWith('baseline') || target === '' ? '    ' : ok ? 'ok  ' : 'MISS'} ${target}`,
    )
    .join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(ROOT, 'node_modules'))) throw new Error('run npm ci first');
  const result = await benchBrowser((line) => {
    console.log(`  ${line}`);
  });
  console.log(table(result));
}
