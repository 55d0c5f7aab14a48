// The territory map in Chromium: it draws the partners met and only them, a marker on the map takes the
// choice of its button, and the canvas has as many pixels as a high-density screen shows.
// The canvas is opaque to the page: the map scene writes where it drew things on it (data-drawn, as
// fractions of the canvas), and the tests click there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import { expectOnlyLocal, openGame, playState, presetSettings, screenshot, waitForPlay } from './helpers.ts';
import { BEST_PATHS } from '../stories/best-paths.ts';
import { autosave } from './save-fixture.ts';
import { source } from '../stories/load.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

interface DrawnMap {
  partners: { id: string; name: string; x: number; y: number }[];
  markers: { choiceIndex: number; x: number; y: number }[];
  /** The choice whose words show over its pin. */
  tip: number | null;
}

const DUMAS = JSON.parse(readFileSync(join(storiesDir, 'dumas', 'scenario.json'), 'utf8')) as {
  cast: { id: string; role: string; name: { fr: string } }[];
};
const PARTNER_NAMES = DUMAS.cast.filter((m) => m.role === 'partner').map((m) => m.name.fr);

async function startDumas(page: Page): Promise<void> {
  await presetSettings(page, `${baseURL}?module=dumas`, { textSpeed: 'instant' });
  await page.getByRole('button', { name: 'Jouer' }).click();
  await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
  await waitForPlay(page);
}

/** What the map scene says it drew, and the partners the dashboard lists (its trust gauges' names). */
async function mapAndDashboard(page: Page): Promise<{ drawn: DrawnMap | null; dashboard: string[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-mode="play"]');
    const raw = canvas?.dataset['drawn'];
    const dashboard = [...document.querySelectorAll('.hud .gauge[aria-label]')]
      .map((g) => g.getAttribute('aria-label') ?? '')
      .filter((label) => /\sconfiance \d+ sur 100$/u.test(label))
      .map((label) => label.replace(/\s:\sconfiance \d+ sur 100$/u, ''));
    return { drawn: raw === undefined ? null : (JSON.parse(raw) as DrawnMap), dashboard };
  });
}

const SAISON = JSON.parse(readFileSync(join(storiesDir, 'saison', 'scenario.json'), 'utf8')) as {
  cast: { id: string; role: string; name: { fr: string } }[];
};

/** Resumes the campaign from a save whose choices are the first `steps` of its best path (seed 1, as that path is played). */
async function resumeSaison(page: Page, steps: number): Promise<void> {
  const choices = (BEST_PATHS['saison'] ?? []).slice(0, steps).map(([index]) => index);
  const save = autosave('saison', {
    scenario: 'saison',
    storyHash: source(`${storiesDir}/saison`).storyHash,
    seed: 1,
    locale: 'fr',
    choices,
  });
  await presetSettings(page, baseURL, { textSpeed: 'instant' });
  await page.evaluate((value) => {
    localStorage.setItem('passerelles:save:saison', value);
  }, save);
  await page.reload();
  await page.getByRole('button', { name: /^Continuer/ }).click();
  await waitForPlay(page);
}

const sorted = (names: readonly string[]): string[] => [...names].sort((a, b) => a.localeCompare(b));

/** Waits until the map draws exactly the partners the dashboard lists; returns their names. */
async function partnersOnMap(page: Page): Promise<string[]> {
  await expect
    .poll(async () => {
      const { drawn, dashboard } = await mapAndDashboard(page);
      return (
        drawn !== null &&
        JSON.stringify(sorted(drawn.partners.map((p) => p.name))) === JSON.stringify(sorted(dashboard))
      );
    })
    .toBe(true);
  const { drawn } = await mapAndDashboard(page);
  for (const p of drawn?.partners ?? []) {
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(1);
    expect(p.y).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(1);
  }
  return sorted(drawn?.partners.map((p) => p.name) ?? []);
}

/** Continue (Enter) or take the first choice until `until` says stop. */
async function playUntil(page: Page, until: (drawn: DrawnMap | null) => boolean): Promise<void> {
  for (let turn = 0; turn < 400; turn += 1) {
    const state = await playState(page);
    if (state.report) throw new Error('the module ended first');
    if (state.choices > 0) {
      const { drawn } = await mapAndDashboard(page);
      if (until(drawn)) return;
      await page.keyboard.press('1');
    } else {
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(30);
  }
  throw new Error('never reached');
}

/**
 * Points at the pin the map drew for this choice (or for the last choice with a pin): its words show; then
 * clicks it and checks that the log took that choice and no other; returns the choice's text.
 */
async function clickMarker(page: Page, which: number | 'last'): Promise<string> {
  const { drawn } = await mapAndDashboard(page);
  const markers = [...(drawn?.markers ?? [])].sort((a, b) => a.choiceIndex - b.choiceIndex);
  const marker = which === 'last' ? markers.at(-1) : markers.find((m) => m.choiceIndex === which);
  if (!marker) throw new Error(`no marker for choice ${String(which)}: ${JSON.stringify(drawn?.markers)}`);
  const texts = await page
    .locator('.dialogue-actions .choice-button .choice-text')
    .evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent?.trim() ?? ''));
  const wanted = texts[marker.choiceIndex] ?? '';
  expect(wanted).not.toBe('');
  const others = texts.filter((t) => t !== wanted);
  expect(others.length).toBeGreaterThan(0);
  const chosenBefore = await page.locator('[role="log"] .entry-choice').count();

  const box = await page.locator('canvas[data-mode="play"]').boundingBox();
  if (!box) throw new Error('the map is not on screen');
  const tip = async (): Promise<number | null | undefined> => (await mapAndDashboard(page)).drawn?.tip;
  await page.mouse.move(box.x + 2, box.y + 2);
  await expect.poll(tip).toBeNull();
  await page.mouse.move(box.x + marker.x * box.width, box.y + marker.y * box.height);
  await expect.poll(tip).toBe(marker.choiceIndex);
  await page.mouse.click(box.x + marker.x * box.width, box.y + marker.y * box.height);

  await expect.poll(() => page.locator('[role="log"] .entry-choice').count()).toBe(chosenBefore + 1);
  const chosen = (await page.locator('[role="log"] .entry-choice').last().textContent()) ?? '';
  expect(chosen).toContain(wanted);
  for (const other of others) expect(chosen).not.toContain(other);
  return wanted;
}

describe('the territory map', () => {
  let game: GamePage | undefined;

  afterEach(async () => {
    if (game) {
      expectOnlyLocal(game.requests, baseURL);
      expect(game.errors).toEqual([]);
      await game.close();
    }
    game = undefined;
  });

  it('draws the partners met, and only them, as they are met', async () => {
    game = await openGame(baseURL);
    const { page } = game;
    await startDumas(page);
    const first = await partnersOnMap(page);
    // Nobody is met yet at the start: an empty map, while the module has its partners to meet.
    expect(PARTNER_NAMES.length).toBeGreaterThanOrEqual(5);
    expect(first.length).toBeLessThan(PARTNER_NAMES.length);

    // Play on until someone new is met; the map follows the dashboard.
    await playUntil(page, (drawn) => (drawn?.partners.length ?? 0) > first.length);
    const later = await partnersOnMap(page);
    expect(later.length).toBeGreaterThan(first.length);
    for (const name of later) expect(PARTNER_NAMES).toContain(name);
    expect(PARTNER_NAMES.filter((n) => !later.includes(n)).length).toBeGreaterThan(0);
  });

  it('takes the choice of the marker clicked on the canvas, the same as its button', async () => {
    game = await openGame(baseURL);
    const { page } = game;
    await startDumas(page);
    // The first decision with two markers (two ways of asking Tremplin Stages).
    await playUntil(page, (drawn) => (drawn?.markers.length ?? 0) >= 2);
    const first = await clickMarker(page, 1);
    // The next decisions with markers: their buttons are the earlier ones given new choices.
    await playUntil(page, (drawn) => (drawn?.markers.length ?? 0) >= 1);
    const second = await clickMarker(page, 'last');
    expect(second).not.toBe(first);
    await playUntil(page, (drawn) => (drawn?.markers.length ?? 0) >= 1);
    await clickMarker(page, 'last');
  });

  it('stops its frame loop while the trainer space hides it, and starts it again back on the title screen', async () => {
    game = await openGame(baseURL);
    const { page } = game;
    await page.goto(baseURL);
    const canvas = page.locator('canvas[data-mode="title"]');
    await canvas.waitFor({ state: 'attached' });
    await expect.poll(() => canvas.getAttribute('data-running')).toBe('true');
    await page.getByRole('button', { name: 'Espace formateur' }).click();
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
    // (data-running is Phaser's own frame loop's state, read after sending it to sleep or waking it)
    await expect.poll(() => canvas.getAttribute('data-running')).toBe('false');
    await page.getByRole('button', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: 'Espace formateur' }).waitFor();
    await expect.poll(() => canvas.getAttribute('data-running')).toBe('true');
  });

  it('places the campaign’s health partner, Cap emploi, once met, inside the map and apart from the others', async () => {
    game = await openGame(baseURL);
    const { page } = game;
    // Along the best path, the 51st decision is taken in Mme Royer’s office at Cap emploi.
    const path = BEST_PATHS['saison'] ?? [];
    const atCapEmploi = path.findIndex(([, label]) => label.startsWith('Lui donner le poste et les horaires'));
    expect(atCapEmploi).toBeGreaterThan(0);
    await resumeSaison(page, atCapEmploi + 1);
    const capEmploi = SAISON.cast.find((m) => m.id === 'cap_emploi')?.name.fr ?? '';
    expect(capEmploi).toBe('Cap emploi');
    const names = await partnersOnMap(page);
    expect(names).toContain(capEmploi);
    expect(names.length).toBeGreaterThanOrEqual(8);
    const { drawn } = await mapAndDashboard(page);
    const partners = drawn?.partners ?? [];
    const cap = partners.find((p) => p.name === capEmploi);
    if (!cap) throw new Error('Cap emploi is not drawn');
    // No other partner sits on top of it (in fractions of the canvas: 4 % of its width or height).
    for (const other of partners.filter((p) => p !== cap)) {
      expect(Math.hypot(other.x - cap.x, (other.y - cap.y) * (720 / 1280)), other.name).toBeGreaterThan(0.04);
    }
    await page.waitForTimeout(800);
    await page
      .locator('canvas[data-mode="play"]')
      .screenshot({ path: join('test-results', 'screenshots', 'map-saison-cap-emploi.png') });
    await screenshot(page, 'play-saison-cap-emploi');
  });

  it('has as many canvas pixels as a 2× screen shows, and as a 1× screen', async () => {
    const backing = async (page: Page): Promise<{ ratio: number; width: number }> => {
      await page.locator('canvas[data-mode="title"]').waitFor({ state: 'attached' });
      return page.evaluate(() => {
        const canvas = document.querySelector('canvas');
        if (!canvas) throw new Error('no canvas');
        const css = canvas.getBoundingClientRect();
        return { ratio: canvas.width / css.width, width: css.width };
      });
    };
    game = await openGame(baseURL, { deviceScaleFactor: 2 });
    await game.page.goto(baseURL);
    const sharp = await backing(game.page);
    expect(sharp.width).toBe(1280);
    expect(sharp.ratio).toBeCloseTo(2, 2);

    // The play screen's map, smaller on the page, keeps at least two canvas pixels per CSS pixel.
    await startDumas(game.page);
    await playUntil(game.page, (drawn) => (drawn?.markers.length ?? 0) >= 2);
    const play = await game.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-mode="play"]');
      if (!canvas) throw new Error('no map');
      return canvas.width / canvas.getBoundingClientRect().width;
    });
    expect(play).toBeGreaterThanOrEqual(2);
    await game.page.waitForTimeout(800);
    await game.page
      .locator('canvas[data-mode="play"]')
      .screenshot({ path: join('test-results', 'screenshots', 'map-2x.png') });
    await screenshot(game.page, 'play-2x');
    await game.close();

    game = await openGame(baseURL);
    await game.page.goto(baseURL);
    const plain = await backing(game.page);
    expect(plain.ratio).toBeCloseTo(1, 2);
  });
});
