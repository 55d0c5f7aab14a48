// Le canal commun played in Chromium with the keyboard along its hand-written best path: the
// project's channel, the leak in the wide channel, and a report where every principle reaches at
// least 70 % and the partners' commitments show, three kept and the Bistrot's broken.
import { describe, expect, inject, it } from 'vitest';
import { BEST_PATHS } from '../stories/best-paths.ts';
import {
  axeViolations,
  expectOnlyLocal,
  gameForAllTests,
  playWithKeys,
  presetSettings,
  screenshot,
  tabTo,
  waitForPlay,
} from './helpers.ts';

const baseURL = inject('baseURL');
const BEST = (BEST_PATHS['canal'] ?? []).map(([index]) => index);

describe('Le canal commun in the browser', () => {
  const game = gameForAllTests(baseURL);

  it(
    'plays the best path from the module list to a report at 70 % or more on every principle',
    { timeout: 300_000 },
    async () => {
      const { page } = game();
      // Lines shown at once: no line is still being typed when a key is pressed.
      await presetSettings(page, `${baseURL}?lang=fr`, { textSpeed: 'instant' });
      await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
      await page.keyboard.press('Enter'); // « Jouer », focused on arrival
      await page.getByRole('heading', { level: 1, name: 'Choisir un module' }).waitFor();
      // Third in the learning path, after the case study and the monthly meeting.
      const titles = await page.locator('[id^="module-"] h2').allTextContents();
      expect(titles.slice(0, 3)).toEqual(['Le parcours de Mme Dumas', 'La réunion mensuelle', 'Le canal commun']);
      await tabTo(page, '#module-canal button');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      await waitForPlay(page);

      let next = 0;
      let sawLeak = false;
      await playWithKeys(
        page,
        () => (BEST[next++] ?? 0) + 1,
        (state) => {
          if (state.lastText.includes('réseau-valmoran')) sawLeak = true;
          return false;
        },
      );
      expect(next).toBe(BEST.length);
      expect(sawLeak).toBe(true);

      await page.locator('.dialogue-actions .btn-report').press('Enter');
      await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
      const summary = page.getByRole('table', { name: 'Niveau par principe et auto-évaluation' });
      const rows = await summary.locator('tbody tr').allTextContents();
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        const percent = Number(/(\d+)\u00a0%/.exec(row)?.[1] ?? -1);
        expect(percent, row).toBeGreaterThanOrEqual(70);
      }
      const pledges = (
        await page
          .getByRole('table', { name: 'Engagements pris par les partenaires envers vous' })
          .locator('tbody tr')
          .allTextContents()
      ).join('\n');
      expect(pledges.match(/Tenu en semaine/g)).toHaveLength(3);
      expect(pledges).toMatch(/Le Bistrot du Marché.*Rompu en semaine 2/);
      await screenshot(page, 'canal-report-1280x720', true);
      expect(await axeViolations(page)).toEqual([]);
      expectOnlyLocal(game().requests, baseURL);
      expect(game().errors).toEqual([]);
    },
  );
});
