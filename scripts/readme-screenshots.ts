// The README's screenshots of the play screen and the report (assets/screenshots/play.png and
// report.png), taken in Chromium at 1280×720 from the production build: Mme Dumas's module along its
// best path, paused at Les Toques de Valmoran's question; then the report of a learner who took the
// first option at every decision and rated herself « Acquis » on the network. Run it again when
// these screens change: `npx tsx scripts/readme-screenshots.ts`, then look at both files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { openBrowser } from '../tests/e2e/browser.ts';
import { playWithKeys, presetSettings, waitForPlay } from '../tests/e2e/helpers.ts';
import { BEST_PATHS } from '../tests/stories/best-paths.ts';

const OUT = 'assets/screenshots';
/** The best path's decision asked by Les Toques de Valmoran, whose options are places on the map. */
const PAUSE_AT = 15;

async function playScreen(page: Page, baseURL: string): Promise<void> {
  const best = (BEST_PATHS['dumas'] ?? []).map(([index]) => index);
  await presetSettings(page, `${baseURL}?module=dumas&lang=fr`, { textSpeed: 'instant' });
  await page.getByRole('button', { name: 'Jouer' }).click();
  await page.getByRole('button', { name: 'Passer et commencer' }).click();
  await waitForPlay(page);
  let next = 0;
  await playWithKeys(
    page,
    () => (best[next++] ?? 0) + 1,
    (state) => state.madeChoices >= PAUSE_AT && state.choices > 0,
  );
  await page.getByText('sur la carte\u00a0: Les Toques de Valmoran').first().waitFor();
  // The notes of the last choice fade after a few seconds: the map is seen without them.
  await page.waitForFunction(() => document.querySelectorAll('.toasts .toast').length === 0, undefined, {
    timeout: 15_000,
  });
  await page.screenshot({ path: join(OUT, 'play.png') });
}

async function reportScreen(page: Page, baseURL: string): Promise<void> {
  await presetSettings(page, `${baseURL}?module=dumas&lang=fr`, { textSpeed: 'instant' });
  await page.getByRole('button', { name: 'Jouer' }).click();
  await page.getByLabel('Prénom (facultatif)').fill('Camille');
  await page
    .getByRole('group', { name: 'Comprendre les dynamiques du réseau' })
    .getByLabel('Acquis', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
  await waitForPlay(page);
  await playWithKeys(page, () => 1);
  await page.locator('.dialogue-actions .btn-report').press('Enter');
  await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(OUT, 'report.png') });
}

const outDir = mkdtempSync(join(tmpdir(), 'passerelles-readme-'));
try {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) throw new Error('the preview server did not start');
  try {
    for (const take of [playScreen, reportScreen]) {
      const session = await openBrowser({ reducedMotion: 'reduce' });
      try {
        await take(await session.context.newPage(), baseURL);
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`${OUT}/play.png and ${OUT}/report.png written: look at them before committing`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
