// The play screen's bar and the report's toolbar keep to one row on laptop and desktop screens
// (1280×720, 1366×768, 1920×1080), in French and in English, with nothing cut off or overlapping; on
// a narrower screen or a phone they may wrap, still with nothing overlapping. Their buttons keep
// their names wherever their words are hidden from sight.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { finishedDumasSave } from './save-fixture.ts';
import type { GamePage } from './helpers.ts';
import { axeViolations, expectOnlyLocal, openGame, screenshot, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

type Lang = 'fr' | 'en';

const WIDE: readonly (readonly [number, number])[] = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
];
const NARROW: readonly (readonly [number, number])[] = [
  [800, 600],
  [390, 844],
];

interface Box {
  readonly name: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

interface BarShape {
  readonly box: Box;
  /** The bar's own padding and borders, top and bottom. */
  readonly chrome: number;
  readonly items: readonly Box[];
  /** Items whose content is wider than their box (cut off). */
  readonly cut: readonly string[];
  /** The buttons whose words are on show (not only their icon). */
  readonly worded: readonly string[];
}

/** The boxes of the bar `bar` and of its `items`, each named by its text. */
async function barShape(page: Page, bar: string, items: string): Promise<BarShape> {
  return page.evaluate(
    ([barSelector, itemSelector]) => {
      const el = document.querySelector(barSelector);
      if (!el) throw new Error(`no ${barSelector}`);
      const boxOf = (e: Element): Box => {
        const r = e.getBoundingClientRect();
        return { name: e.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      const style = getComputedStyle(el);
      const chrome = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
      const parts = [...el.querySelectorAll(itemSelector)];
      return {
        box: boxOf(el),
        chrome: chrome.reduce((sum, key) => sum + parseFloat(style[key]), 0),
        items: parts.map(boxOf),
        cut: parts.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.trim()),
        worded: parts
          .filter((e) => (e.querySelector('.btn-label')?.getBoundingClientRect().width ?? 0) > 1)
          .map((e) => e.textContent.trim()),
      };
    },
    [bar, items] as const,
  );
}

/** No two items overlap, none sticks out of the bar's sides, none is cut off. */
function expectApart(shape: BarShape, where: string): void {
  const { box, items } = shape;
  expect(items.length, where).toBeGreaterThan(2);
  for (const item of items) {
    expect(item.left, `${where}: ${item.name} inside the bar`).toBeGreaterThanOrEqual(box.left - 0.5);
    expect(item.right, `${where}: ${item.name} inside the bar`).toBeLessThanOrEqual(box.right + 0.5);
  }
  const overlapping = items.flatMap((a, i) =>
    items
      .slice(i + 1)
      .filter(
        (b) =>
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5,
      )
      .map((b) => `${a.name} / ${b.name}`),
  );
  expect(overlapping, where).toEqual([]);
  expect(shape.cut, where).toEqual([]);
}

/** Every item on one row (their boxes share a band of height), and the bar no taller than that row. */
function expectOneRow(shape: BarShape, where: string): void {
  expectApart(shape, where);
  const { items } = shape;
  expect(Math.max(...items.map((b) => b.top)), `${where}: on one row`).toBeLessThan(
    Math.min(...items.map((b) => b.bottom)),
  );
  const tallest = Math.max(...items.map((b) => b.bottom - b.top));
  expect(shape.box.bottom - shape.box.top, `${where}: one row high`).toBeLessThanOrEqual(tallest + shape.chrome + 1);
}

/** The bar's buttons, found by their names as a screen reader would. */
async function expectNamed(page: Page, bar: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    expect(await page.locator(bar).getByRole('button', { name, exact: true }).count(), name).toBe(1);
  }
}

/** A new game of `module` in `lang`, from its link (no save left from an earlier test), on its play screen. */
async function startModule(page: Page, module: string, lang: Lang): Promise<void> {
  await page.goto(`${baseURL}?module=${module}&lang=${lang}`);
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await page.getByRole('button', { name: lang === 'fr' ? 'Jouer' : 'Play' }).click();
  await page.getByRole('button', { name: lang === 'fr' ? 'Passer et commencer' : 'Skip and start' }).click();
  await waitForPlay(page);
}

const PLAY_BAR = '.topbar';
const PLAY_ITEMS = ':scope > h1, :scope > .clock, .saved-indicator, button';
const PLAY_BUTTONS: Record<Lang, readonly string[]> = {
  fr: ['Glossaire', 'Paramètres', 'Quitter'],
  en: ['Glossary', 'Settings', 'Quit'],
};
const REPORT_BAR = '.report-toolbar';
const REPORT_BUTTONS: Record<Lang, readonly string[]> = {
  fr: ['Imprimer / PDF', 'Télécharger le rapport (JSON)', 'Rejouer', 'Glossaire', 'Paramètres', 'Accueil'],
  en: ['Print / PDF', 'Download the report (JSON)', 'Play again', 'Glossary', 'Settings', 'Home'],
};

describe('the bars of the play screen and the report', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGame(baseURL, { reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    expect(game.errors).toEqual([]);
    expectOnlyLocal(game.requests, baseURL);
    await game.close();
  });

  // Mme Dumas's module, and the longest titles in each language (« Une saison à Relais Insertion »).
  it.each([
    ['dumas', 'fr'],
    ['saison', 'fr'],
    ['saison', 'en'],
  ] as const)('play screen of %s in %s: one row from 1280 px up, wrapped but apart below', async (module, lang) => {
    const { page } = game;
    await page.setViewportSize({ width: 1280, height: 720 });
    await startModule(page, module, lang);
    for (const [width, height] of WIDE) {
      await page.setViewportSize({ width, height });
      const where = `${module} ${lang} ${width}×${height}`;
      expectOneRow(await barShape(page, PLAY_BAR, PLAY_ITEMS), where);
      await expectNamed(page, PLAY_BAR, PLAY_BUTTONS[lang]);
    }
    for (const [width, height] of NARROW) {
      await page.setViewportSize({ width, height });
      expectApart(await barShape(page, PLAY_BAR, PLAY_ITEMS), `${module} ${lang} ${width}×${height}`);
      await expectNamed(page, PLAY_BAR, PLAY_BUTTONS[lang]);
    }
    await screenshot(page, `bar-play-${module}-${lang}-390`);
  });

  it('play screen: words on show where there is room, the bar at 1280 px passes axe', async () => {
    const { page } = game;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await startModule(page, 'dumas', 'fr');
    expect((await barShape(page, PLAY_BAR, 'button')).worded).toEqual(['Glossaire', 'Paramètres', 'Quitter']);
    await page.setViewportSize({ width: 1280, height: 720 });
    // The gear alone gives up its words first.
    expect((await barShape(page, PLAY_BAR, 'button')).worded).toEqual(['Glossaire', 'Quitter']);
    await screenshot(page, 'bar-play-1280');
    expect(await axeViolations(page)).toEqual([]);
    // Its name still opens the settings.
    await page.getByRole('button', { name: 'Paramètres' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
  });

  it.each(['fr', 'en'] as const)('report in %s: the toolbar on one row from 1280 px up, apart below', async (lang) => {
    const { page } = game;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${baseURL}?lang=${lang}`);
    await page.evaluate((value) => {
      localStorage.setItem('passerelles:save:dumas', value);
    }, finishedDumasSave(storiesDir));
    await page.reload();
    await page.getByRole('button', { name: lang === 'fr' ? /^Continuer/ : /^Continue/ }).click();
    await page.getByRole('heading', { level: 1, name: lang === 'fr' ? /^Rapport/ : /^Report/ }).waitFor();
    for (const [width, height] of WIDE) {
      await page.setViewportSize({ width, height });
      expectOneRow(await barShape(page, REPORT_BAR, 'button'), `report ${lang} ${width}×${height}`);
      await expectNamed(page, REPORT_BAR, REPORT_BUTTONS[lang]);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, `bar-report-${lang}-1280`);
    for (const [width, height] of NARROW) {
      await page.setViewportSize({ width, height });
      expectApart(await barShape(page, REPORT_BAR, 'button'), `report ${lang} ${width}×${height}`);
      await expectNamed(page, REPORT_BAR, REPORT_BUTTONS[lang]);
    }
  });
});
