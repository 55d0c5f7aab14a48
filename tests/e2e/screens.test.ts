// Each screen at 200 % text: it must still read well (screenshots to look at) and pass axe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import {
  axeViolations,
  expectOnlyLocal,
  openGame,
  playWithKeys,
  presetSettings,
  screenshot,
  waitForPlay,
} from './helpers.ts';

const baseURL = inject('baseURL');

describe('the game at 200 % text', () => {
  let game: GamePage;
  const axe: Record<string, string[]> = {};

  beforeAll(async () => {
    game = await openGame(baseURL);
  });

  afterAll(async () => {
    await game.close();
  });

  it('shows every screen, still usable', async () => {
    const { page } = game;
    // Lines all at once: this test looks at screens, the typing is tested elsewhere.
    await presetSettings(page, `${baseURL}?module=dumas`, { textScale: 200, textSpeed: 'instant' });
    await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await page.waitForTimeout(1500);
    await screenshot(page, 'title-200');
    axe['title'] = await axeViolations(page);
    await page.getByRole('button', { name: 'Paramètres' }).click();
    await screenshot(page, 'settings-200');
    axe['settings'] = await axeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'À propos' }).click();
    await screenshot(page, 'about-200', true);
    axe['about'] = await axeViolations(page);
    await page.getByRole('button', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    await screenshot(page, 'before-play-200');
    axe['before-play'] = await axeViolations(page);
    await page.getByRole('button', { name: 'Retour' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choisir un module' }).waitFor();
    await screenshot(page, 'modules-200');
    axe['modules'] = await axeViolations(page);
    await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
    await waitForPlay(page);
    await page.waitForTimeout(800);
    await screenshot(page, 'play-200');
    await playWithKeys(
      page,
      () => 1,
      (state) => state.choices > 1,
    );
    await screenshot(page, 'play-choices-200');
    axe['play'] = await axeViolations(page);
    await playWithKeys(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
    await screenshot(page, 'report-200');
    axe['report'] = await axeViolations(page);
    expect(axe).toEqual({
      title: [],
      settings: [],
      about: [],
      'before-play': [],
      modules: [],
      play: [],
      report: [],
    });
    expectOnlyLocal(game.requests, baseURL);
  });

  it('also reads in high contrast', async () => {
    const { page } = game;
    await presetSettings(page, `${baseURL}?module=dumas`, { highContrast: true, textScale: 100 });
    await page
      .getByRole('button', { name: /Continuer|Jouer/ })
      .first()
      .waitFor();
    await page.waitForTimeout(1200);
    await screenshot(page, 'title-contrast');
    expect(await axeViolations(page)).toEqual([]);
  });
});
