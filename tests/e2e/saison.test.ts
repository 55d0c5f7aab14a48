// The campaign, played from the title screen to its report in Chromium with the keyboard alone;
// the report's network map shows the partners and the bonds between them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import { expectOnlyLocal, openGame, playWithKeys, presetSettings, screenshot, tabTo, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');

describe('Une saison à Relais Insertion in the browser', () => {
  let game: GamePage;
  beforeAll(async () => {
    game = await openGame(baseURL, { reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await game.close();
  });

  it('plays eight weeks from the title screen to a report whose map shows partners and bonds', async () => {
    const { page } = game;
    await presetSettings(page, `${baseURL}?module=saison`, { locale: 'fr', textSpeed: 'instant', reducedMotion: true });
    await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: /Choisir un module|Avant de commencer/ }).waitFor();
    if ((await heading.textContent())?.includes('Choisir un module')) {
      await tabTo(page, '#module-saison button');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await waitForPlay(page);

    // Alternate between the options on offer, so that the season goes through many of its scenes.
    let turn = 0;
    const final = await playWithKeys(page, (offered) => (turn++ % offered) + 1);
    expect(final.report).toBe(true);
    expect(final.madeChoices).toBeGreaterThan(40);
    const week = (await page.locator('header').first().textContent()) ?? '';
    expect(week).toMatch(/Semaine [89]/);

    await page.locator('.dialogue-actions .btn-report').press('Enter');
    await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
    const partners = page.getByRole('table', { name: 'Confiance des partenaires' });
    expect(await partners.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    const bonds = page.getByRole('table', { name: 'Liens entre partenaires' });
    expect(await bonds.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('svg .bonds *').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'saison-report-1280x720', true);
    expectOnlyLocal(game.requests, baseURL);
    expect(game.errors).toEqual([]);
  });
});
