// The Dumas module played with the keyboard alone, from the title screen to the report; axe on each
// screen; the downloaded report verified against a replay in Node; nothing requested off the origin.
import { storyLibrary, verifyReportBytes } from '../../src/trainer/verify-report.ts';
import { boundsCacheKey } from '../../src/build/ink-plugin.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScenario } from '../../src/checker/check.ts';
import { loadScenarioDir } from '../../src/content/scenario-files.ts';
import type { Bounds } from '../../src/engine/report.ts';
import type { GamePage } from './helpers.ts';
import { axeViolations, expectOnlyLocal, openGame, playWithKeys, screenshot, tabTo, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

/** The bounds the build computed for this story (cached by hash), or the checker's own. */
function boundsOf(dir: string, storyHash: string): Bounds {
  const cached = join('node_modules', '.cache', 'passerelles-bounds', `${boundsCacheKey(storyHash)}.json`);
  if (existsSync(cached)) return (JSON.parse(readFileSync(cached, 'utf8')) as { bounds: Bounds }).bounds;
  return checkScenario(dir, process.cwd()).bounds;
}

describe('a keyboard-only playthrough of the Dumas module', () => {
  let game: GamePage;
  let downloaded: unknown;
  const axe: Record<string, string[]> = {};

  beforeAll(async () => {
    game = await openGame(baseURL);
  });

  afterAll(async () => {
    await game.close();
  });

  // The whole module, thirty decisions, played key by key: longer than the default two minutes on a busy machine.
  it(
    'goes from the title screen to the report with Tab, Enter, Space and digits only',
    { timeout: 300_000 },
    async () => {
      const { page } = game;
      await page.goto(baseURL);
      await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
      await page.waitForTimeout(1500); // the map behind the title
      await screenshot(page, 'title-1280x720');
      axe['title'] = await axeViolations(page);

      // The title focuses its first button: Play.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Jouer');

      // Settings and About, and back, with the same keys.
      await tabTo(page, '.title-menu li:nth-child(2) button');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Paramètres' }).waitFor();
      await screenshot(page, 'settings-1280x720');
      axe['settings'] = await axeViolations(page);
      await tabTo(page, 'dialog .dialog-actions button');
      await page.keyboard.press('Enter');
      expect(await page.getByRole('dialog').count()).toBe(0);
      await tabTo(page, '.title-menu li:nth-child(3) button');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'À propos' }).waitFor();
      await screenshot(page, 'about-1280x720', true);
      axe['about'] = await axeViolations(page);
      await tabTo(page, '.panel-bar button:first-child');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Jouer');

      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Choisir un module' }).waitFor();
      await screenshot(page, 'modules-1280x720', true);
      axe['modules'] = await axeViolations(page);
      await tabTo(page, '#module-dumas button');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
      await screenshot(page, 'before-play-1280x720', true);
      axe['before-play'] = await axeViolations(page);
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      await waitForPlay(page);
      await page.waitForTimeout(800);
      await screenshot(page, 'play-1280x720');
      axe['play'] = await axeViolations(page);

      // A different option at each decision; the playthrough pauses once for a screenshot of a choice.
      let picks = 0;
      const pick = (offered: number): number => 1 + (picks++ % offered);
      const atChoices = await playWithKeys(page, pick, (state) => state.choices > 1 && state.entries > 6);
      expect(atChoices.report).toBe(false);
      await screenshot(page, 'play-choices-1280x720');
      await playWithKeys(page, pick);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('btn-report'))).toBe(true);
      axe['play-end'] = await axeViolations(page);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'report-1280x720');
      await screenshot(page, 'report-full-1280x720', true);
      axe['report'] = await axeViolations(page);

      await tabTo(page, '.report-toolbar .btn-download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/^passerelles-rapport-dumas-\d{4}-\d{2}-\d{2}\.json$/);
      downloaded = JSON.parse(readFileSync(await download.path(), 'utf8'));
    },
  );

  it('finds no accessibility violation on the title, play and report screens', () => {
    expect(axe).toEqual({
      title: [],
      settings: [],
      about: [],
      modules: [],
      'before-play': [],
      play: [],
      'play-end': [],
      report: [],
    });
  });

  it('downloads a versioned report file that the trainer’s verification accepts', () => {
    expect(downloaded).toMatchObject({ format: 'passerelles-report', formatVersion: 2 });
    const dir = join(storiesDir, 'dumas');
    const loaded = loadScenarioDir(dir, process.cwd());
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    const { source } = loaded;
    const library = storyLibrary([
      {
        scenario: source.scenario,
        storyHash: source.storyHash,
        bounds: boundsOf(dir, source.storyHash),
        json: { fr: source.ink.fr.json, en: source.ink.en.json },
      },
    ]);
    const verdict = verifyReportBytes(new TextEncoder().encode(JSON.stringify(downloaded)), library);
    expect(verdict.status).toBe('verified');
    if (verdict.status === 'verified') expect(verdict.replay.report.finished).toBe(true);
  });

  it('asks nothing of any other origin and logs no error', () => {
    expect(game.requests.length).toBeGreaterThan(3);
    expectOnlyLocal(game.requests, baseURL);
    expect(game.errors).toEqual([]);
  });
});
