// Every per-module button names its module (WCAG 2.4.6): a screen reader's list of buttons must not
// read "Commencer" four times. Found by accessible name, as assistive technology finds them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import {
  expectOnlyLocal,
  openGame,
  playState,
  playWithKeys,
  presetSettings,
  screenshot,
  waitForPlay,
} from './helpers.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

/** The modules' titles as their manifests give them (the screen builds its list from the same files). */
const TITLES = readdirSync(storiesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lib')
  .map(
    (d) =>
      JSON.parse(readFileSync(join(storiesDir, d.name, 'scenario.json'), 'utf8')) as {
        id: string;
        title: { fr: string; en: string };
      },
  );

const DUMAS = 'Le parcours de Mme Dumas';

describe('per-module buttons', () => {
  let game: GamePage;

  beforeEach(async () => {
    game = await openGame(baseURL);
  });

  afterEach(async () => {
    expectOnlyLocal(game.requests, baseURL);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('name their module, on the module list and before play, in French and English', async () => {
    const { page } = game;
    await page.goto(baseURL);
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choisir un module' }).waitFor();
    expect(TITLES.length).toBeGreaterThanOrEqual(5);
    for (const { title } of TITLES) {
      expect(await page.getByRole('button', { name: `Commencer\u00a0: ${title.fr}`, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Commencer', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: `Commencer\u00a0: ${DUMAS}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    expect(await page.getByRole('button', { name: `Commencer\u00a0: ${DUMAS}`, exact: true }).count()).toBe(1);

    await page.goto(`${baseURL}?lang=en`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a module' }).waitFor();
    for (const { title } of TITLES) {
      expect(await page.getByRole('button', { name: `Start: ${title.en}`, exact: true }).count()).toBe(1);
    }
  });

  it('say which module a game in progress is resumed or replaced in', async () => {
    const { page } = game;
    await presetSettings(page, baseURL, { textSpeed: 'instant' });
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('button', { name: `Commencer\u00a0: ${DUMAS}`, exact: true }).click();
    await page.getByRole('button', { name: `Commencer\u00a0: ${DUMAS}`, exact: true }).click();
    await waitForPlay(page);
    const before = await playWithKeys(
      page,
      () => 1,
      (state) => state.madeChoices >= 1 && state.choices === 0,
    );

    await page.goto(baseURL);
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choisir un module' }).waitFor();
    const resume = page.getByRole('button', { name: `Reprendre\u00a0: ${DUMAS}`, exact: true });
    expect(await resume.count()).toBe(1);
    expect(await page.getByRole('button', { name: `Nouvelle partie\u00a0: ${DUMAS}`, exact: true }).count()).toBe(1);
    // The other modules, not started, still offer to start.
    for (const { title } of TITLES.filter((m) => m.id !== 'dumas')) {
      expect(await page.getByRole('button', { name: `Commencer\u00a0: ${title.fr}`, exact: true }).count()).toBe(1);
    }
    await screenshot(page, 'modules-with-save', true);

    await resume.click();
    await waitForPlay(page);
    const after = await playState(page);
    expect(after.lastText).toBe(before.lastText);
  });
});
