// The monthly meeting played in Chromium with the keyboard: the shared channel, the conflict, the
// mediation that Nadia leads and where both partners speak in turn, and a report whose network map
// shows their bond.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { greedyPath } from '../../src/checker/explorer.ts';
import { story } from '../stories/load.ts';
import type { GamePage } from './helpers.ts';
import { expectOnlyLocal, openGame, playWithKeys, screenshot, tabTo, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');
// Twenty-four decisions, played one key at a time: longer than the default timeout on a busy machine.
const SLOW = { timeout: 240_000 };

describe('La réunion mensuelle in the browser', () => {
  let game: GamePage;
  beforeAll(async () => {
    game = await openGame(baseURL);
  });
  afterAll(async () => {
    await game.close();
  });

  it('plays through the channel and the mediation to a report that shows the partners’ bond', SLOW, async () => {
    const { page } = game;
    await page.goto(`${baseURL}?module=reunion&lang=fr`);
    await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
    await page.keyboard.press('Enter'); // « Jouer », focused on arrival
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: /Choisir un module|Avant de commencer/ }).waitFor();
    if ((await heading.textContent())?.includes('Choisir un module')) {
      await tabTo(page, '#module-reunion button');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await waitForPlay(page);

    // Good practice, as the explorer finds it: open discussion, then mediation.
    const path = greedyPath(story('stories/reunion'), 1);
    let next = 0;
    let sawChannel = false;
    let sawMediation = false;
    await playWithKeys(
      page,
      () => (path[next++] ?? 0) + 1,
      (state) => {
        if (state.lastText.includes('réseau-valmoran')) sawChannel = true;
        if (state.lastText.includes('face à face')) sawMediation = true;
        return false;
      },
    );
    expect(sawChannel).toBe(true);
    expect(sawMediation).toBe(true);

    // Nadia, a third party to the dispute, led the mediation, and both partners spoke in turn.
    const log = (await page.getByRole('log').textContent()) ?? '';
    const mediation = log.slice(log.indexOf('face à face'));
    expect(mediation).toContain('Mme Martine Caron');
    expect(mediation).toContain('M. Bruno Vidal');
    expect(mediation).toContain('Nadia Ferhat');

    await page.locator('.dialogue-actions .btn-report').press('Enter');
    await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
    const bonds = page.getByRole('table', { name: 'Liens entre partenaires' });
    await expect.poll(async () => (await bonds.textContent()) ?? '').toMatch(/CCAS.*Jardins|Jardins.*CCAS/s);
    await screenshot(page, 'reunion-report-1280x720', true);
    expectOnlyLocal(game.requests, baseURL);
    expect(game.errors).toEqual([]);
  });
});
