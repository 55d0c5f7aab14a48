// Offline play: after one visit, the built game plays a whole module with no network. And when a
// new version is deployed, the learner is offered it, and accepting keeps the game in progress.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import {
  axeViolations,
  expectOnlyLocal,
  openGame,
  playState,
  playWithKeys,
  screenshot,
  tabTo,
  waitForPlay,
} from './helpers.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const baseURL = inject('baseURL');

/** Waits until the offline service worker has installed everything and serves this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
}

/** From the title (opened with `?module=`), through the before-play screen, onto the play screen. */
async function startModule(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Jouer' }).click();
  await page.getByRole('button', { name: /^Commencer\s: / }).click();
  await waitForPlay(page);
}

describe('offline play', () => {
  let game: GamePage;

  afterEach(async () => {
    expectOnlyLocal(game.requests, baseURL);
    await game.close();
  });

  it('plays the audit module to its report with no network, after one visit', async () => {
    game = await openGame(baseURL, { serviceWorkers: 'allow' });
    const { page } = game;
    await page.goto(`${baseURL}?module=audit`);
    await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
    await waitForServiceWorker(page);

    await game.session.context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await startModule(page);
    await playWithKeys(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    await screenshot(page, 'offline-report-1280x720');
    expect(game.errors).toEqual([]);
  });
});

describe('a new version deployed', () => {
  let server: StaticServer;
  let next: string;
  let game: GamePage;
  const MARK = 'passerelles-next-version';

  beforeAll(async () => {
    // The same game built again, with one difference in its page: a new version to deploy.
    next = mkdtempSync(join(tmpdir(), 'passerelles-next-'));
    await build({
      logLevel: 'warn',
      build: { outDir: next, emptyOutDir: true },
      plugins: [
        {
          name: 'next-version',
          apply: 'build',
          transformIndexHtml: (html: string) => html.replace('</head>', `<!-- ${MARK} -->\n</head>`),
        },
      ],
    });
    server = await startStaticServer(resolve('dist'));
  });

  afterAll(async () => {
    await game.close();
    await server.close();
    rmSync(next, { recursive: true, force: true });
  });

  it('is offered in the page; accepting it reloads onto the new version and the game resumes', async () => {
    game = await openGame(server.url, { serviceWorkers: 'allow' });
    const { page } = game;
    await page.goto(`${server.url}?module=audit`);
    await waitForServiceWorker(page);
    await startModule(page);
    const before = await playWithKeys(
      page,
      () => 2,
      (state) => state.madeChoices >= 2 && state.choices === 0,
    );
    expect(await page.content()).not.toContain(MARK);

    server.serve(next);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByRole('region', { name: 'Nouvelle version disponible' });
    await notice.waitFor({ timeout: 90_000 });
    // Offered, not imposed: the game keeps the focus, and nothing has reloaded.
    expect((await playState(page)).focusIsContinue).toBe(true);
    expect(await page.content()).not.toContain(MARK);
    await screenshot(page, 'update-offered-1280x720');
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, '.update-notice .btn-primary');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mettre à jour');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'Passerelles' }).waitFor();
    expect(await page.content()).toContain(MARK);
    expect(await notice.count()).toBe(0);

    await page.getByRole('button', { name: /Continuer/ }).click();
    await waitForPlay(page);
    const after = await playState(page);
    expect(after.lastText).toBe(before.lastText);
    expect(after.madeChoices).toBe(before.madeChoices);
    expect(game.errors).toEqual([]);
    expectOnlyLocal(game.requests, server.url);
  });
});
