// The class dashboard, the debrief and session links in Chromium, on a class of real playthroughs of
// « Le parcours de Mme Dumas » replayed in Node: driven by keyboard, checked with axe, photographed at
// 1920×1080 and 1280×720.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import decodeQR from 'qr/decode.js';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine/ids.ts';
import { buildClass, SAMPLE_CLASS } from '../unit/class-fixture.ts';
import type { ClassFixture } from '../unit/class-fixture.ts';
import { axeViolations, openGame, screenshot, tabTo } from './helpers.ts';
import type { GamePage } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HARNESS = resolve(import.meta.dirname, 'class-harness');
const NAMES = SAMPLE_CLASS.map((p) => p.firstName);

let server: ViteDevServer;
let url = '';
let fixture: ClassFixture;

beforeAll(async () => {
  fixture = buildClass('stories/dumas', SAMPLE_CLASS);
  server = await createServer({
    root: HARNESS,
    configFile: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, fs: { allow: [ROOT] } },
    // Bundled before the first page asks, so that no late discovery reloads the page mid-test.
    optimizeDeps: { include: ['i18next', 'lucide', 'qr', 'zod/mini'] },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
});

afterAll(async () => {
  await server.close();
});

async function mount(size: { width: number; height: number }, locale: Locale = 'fr'): Promise<GamePage> {
  const game = await openGame(url, size);
  await game.page.goto(url);
  await game.page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  await game.page.evaluate(
    (data) => {
      window.classHarness.mount(data);
    },
    { locale, scenario: fixture.scenario, map: fixture.map, entries: fixture.entries },
  );
  await game.page.locator('.decision-list').waitFor();
  return game;
}

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

describe('the class dashboard', () => {
  it('counts only verified reports, hides names until asked, and passes axe', async () => {
    const game = await mount({ width: 1280, height: 720 });
    const { page } = game;
    try {
      expect(await text(page, '.class-counted')).toBe('8\u00a0rapports vérifiés comptés.');
      expect(await text(page, '.class-left-out')).toContain('1\u00a0modifié(s)');
      const body = await text(page, '.class-dashboard');
      for (const name of NAMES) expect(body).not.toContain(name);

      // The session filter, by keyboard: BTS-A (and « bts-a » with it) leaves Hugo's BTS-B out.
      await tabTo(page, '#class-session');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#class-session option:checked').innerText()).toBe('BTS-A');
      expect(await text(page, '.class-counted')).toBe('7\u00a0rapports vérifiés comptés.');

      // Every principle's row has four level cells whose counts add up to the class.
      const rows = await page
        .locator('.class-levels-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => Number.parseInt(td.textContent, 10))),
        );
      expect(rows.length).toBe(5);
      for (const counts of rows) expect(counts.reduce((a, b) => a + b, 0)).toBe(7);

      // Decisions: the first listed is missed by at least as many as the second.
      const missed = await page
        .locator('.decision-met')
        .evaluateAll((ps) => ps.slice(0, 2).map((p) => Number(/(\d+)\u00a0%/.exec(p.textContent)?.[1] ?? -1)));
      expect(missed[0]).toBeGreaterThanOrEqual(missed[1] ?? 0);

      await screenshot(page, 'class-dashboard-bts-a-1280');
      expect(await axeViolations(page)).toEqual([]);

      // On paper: the summary and its tables, without the controls or the session link.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.class-controls').isVisible()).toBe(false);
      expect(await page.locator('.session-link').isVisible()).toBe(false);
      expect(await page.locator('.class-levels-table').isVisible()).toBe(true);
      expect(await text(page, '.class-print-title')).toBe('Le parcours de Mme Dumas · BTS-A');
      await page.emulateMedia({ media: 'screen' });

      // Names on: a learners' table, the script-like name shown as text and never run.
      await tabTo(page, '#class-names');
      await page.keyboard.press('Space');
      const learners = await text(page, '.class-learners-table');
      expect(learners).toContain('Amina');
      expect(learners).toContain('<img src=x onerror=alert(1)>');
      expect(learners).not.toContain('Hugo');
      expect(await page.locator('.class-learners-table img').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 300_000);

  it('exports the class as CSV for a French spreadsheet', async () => {
    const game = await mount({ width: 1280, height: 720 });
    const { page } = game;
    try {
      await tabTo(page, '.class-actions button:nth-child(2)');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const path = await download.path();
      const bytes = readFileSync(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]?.startsWith('Prénom;Session;Module;Statut;')).toBe(true);
      // Ten learners (all sessions), then the final line break.
      expect(lines.length).toBe(12);
      expect(lines).toContain(lines.find((l) => l.startsWith(`"'=HYPERLIEN(""x"")";BTS-A;`)));
      expect(lines.find((l) => l.startsWith('Jules;'))).toMatch(/^Jules;BTS-A;;illisible;;/);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
    } finally {
      await game.close();
    }
  });
});

describe('the debrief', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`steps by keyboard through the key decisions at ${size.width}×${size.height}, names never shown`, async () => {
      const game = await mount(size);
      const { page } = game;
      try {
        await screenshot(page, `class-dashboard-${size.width}`);
        await page.locator('.decision-list').scrollIntoViewIfNeeded();
        await screenshot(page, `class-decisions-${size.width}`);
        await tabTo(page, '#class-names');
        await page.keyboard.press('Space');
        await tabTo(page, '.class-actions button:first-child');
        await page.keyboard.press('Enter');
        const dialog = page.locator('dialog.debrief');
        await dialog.waitFor();
        const box = await dialog.boundingBox();
        expect(box?.width).toBe(size.width);
        expect(box?.height).toBe(size.height);
        expect(await text(page, '.debrief-stage h2')).toBe('Débriefing\u00a0: Le parcours de Mme Dumas');

        const seen: string[] = [];
        for (let i = 0; i < 12; i += 1) {
          const slide = (await page.locator('.debrief-stage').getAttribute('data-slide')) ?? '';
          const kind = await page.locator('.debrief-stage').getAttribute('data-kind');
          seen.push(slide);
          const shown = (await page.locator('dialog.debrief').textContent()) ?? '';
          for (const name of NAMES) expect(shown).not.toContain(name);
          // Everything on the slide is visible without scrolling.
          const fits = await page
            .locator('.debrief-stage')
            .evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
          expect(fits, `slide ${slide} fits`).toBe(true);
          if (kind === 'decision') {
            expect(shown).toContain('À discuter');
            expect(shown).toContain('Dans le cours');
            if (seen.length === 2) await screenshot(page, `debrief-${size.width}`);
          }
          if (slide === 'closing') break;
          await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'Space');
        }
        expect(seen[0]).toBe('opening');
        expect(seen.at(-1)).toBe('closing');
        expect(seen.length).toBeGreaterThan(2);
        if (size.width === 1280) await screenshot(page, 'debrief-closing-1280');

        await page.keyboard.press('Home');
        expect(await page.locator('.debrief-stage').getAttribute('data-slide')).toBe('opening');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowLeft');
        expect(await page.locator('.debrief-stage').getAttribute('data-slide')).toBe('opening');
        expect(await axeViolations(page)).toEqual([]);

        await page.keyboard.press('Escape');
        if (await dialog.isVisible()) await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Débriefing');
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }
});

describe('session links', () => {
  it('make the link the game reads, on the page’s own address, with its QR code', async () => {
    const game = await mount({ width: 1280, height: 720 });
    const { page } = game;
    try {
      await tabTo(page, '#link-lang');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, '#link-code');
      await page.keyboard.type('BTS-A');
      const link = await page.locator('#link-url').inputValue();
      expect(link).toBe(`${url}?module=dumas&lang=en&session=BTS-A`);
      await page.waitForFunction(
        (l) => document.querySelector<HTMLImageElement>('.link-qr')?.dataset['link'] === l,
        link,
      );
      expect(await page.locator('.link-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      // The QR code, drawn as the page shows it, reads back as the link.
      const pixels = await page.locator('.link-qr').evaluate((img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = 400;
        canvas.height = 400;
        const context = canvas.getContext('2d');
        if (context) context.fillStyle = '#ffffff';
        context?.fillRect(0, 0, 400, 400);
        context?.drawImage(img, 0, 0, 400, 400);
        return Array.from(context?.getImageData(0, 0, 400, 400).data ?? []);
      });
      expect(decodeQR({ width: 400, height: 400, data: Uint8Array.from(pixels) })).toBe(link);
      expect(await page.locator('.link-qr').getAttribute('alt')).toBe('QR code du lien de session');
      await page.locator('.session-link').scrollIntoViewIfNeeded();
      await screenshot(page, 'class-session-link');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await game.close();
    }
  });
});
