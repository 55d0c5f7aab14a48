// Shared steps of the browser tests: a page that records every request (one for a whole file or a
// fresh one per test), keyboard helpers, axe, screenshots, and starting Mme Dumas's module.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { openBrowser } from './browser.ts';
import type { BrowserOptions, Session } from './browser.ts';

export const SCREENSHOTS = join('test-results', 'screenshots');

export interface GamePage {
  readonly session: Session;
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openGame(baseURL: string, options: BrowserOptions = {}): Promise<GamePage> {
  const session = await openBrowser(options);
  const page = await session.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  session.context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { session, page, requests, errors, close: () => session.close() };
}

/**
 * One page shared by the tests of the enclosing `describe`, opened before the first and closed after
 * the last. Call the returned function inside a test (or a later hook) to get it.
 */
export function gameForAllTests(baseURL: string, options: BrowserOptions = {}): () => GamePage {
  let game: GamePage | null = null;
  beforeAll(async () => {
    game = await openGame(baseURL, options);
  });
  afterAll(async () => {
    await game?.close();
  });
  return () => {
    if (!game) throw new Error('the page is opened before the first test');
    return game;
  };
}

/**
 * A fresh page for each test of the enclosing `describe`; after each test, nothing may have left the
 * page's origin, and the page is closed even when that check fails.
 */
export function gameForEachTest(baseURL: string): () => GamePage {
  let game: GamePage | null = null;
  beforeEach(async () => {
    game = await openGame(baseURL);
  });
  afterEach(async () => {
    const opened = game;
    game = null;
    if (!opened) return;
    try {
      expectOnlyLocal(opened.requests, baseURL);
    } finally {
      await opened.close();
    }
  });
  return () => {
    if (!game) throw new Error('the page is opened before each test');
    return game;
  };
}

/** Nothing left the page's origin: only the preview server, and data:/blob: URLs made in the page. */
export function expectOnlyLocal(requests: readonly string[], baseURL: string): void {
  const origin = new URL(baseURL).origin;
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
  expect(new URL(baseURL).hostname).toMatch(/^(127\.0\.0\.1|localhost)$/);
}

/** Presses Tab (only Tab) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export interface PlayState {
  readonly choices: number;
  readonly report: boolean;
  readonly focus: string;
  readonly focusIsFirstChoice: boolean;
  readonly focusIsContinue: boolean;
  readonly lastText: string;
  readonly entries: number;
  /** Choices the learner has made so far (shown in the log). */
  readonly madeChoices: number;
}

export async function playState(page: Page): Promise<PlayState> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const choices = document.querySelectorAll('.dialogue-actions .choice-button');
    const log = document.querySelector('[role="log"]');
    const last = log?.lastElementChild;
    return {
      choices: choices.length,
      report: document.querySelector('.dialogue-actions .btn-report') !== null,
      focus: (active?.textContent ?? '').trim().slice(0, 60),
      focusIsFirstChoice: choices.length > 0 && active === choices[0],
      focusIsContinue: active?.classList.contains('btn-continue') ?? false,
      lastText: last instanceof HTMLElement ? (last.dataset['text'] ?? '') : '',
      entries: log?.childElementCount ?? 0,
      madeChoices: log?.querySelectorAll('.entry-choice').length ?? 0,
    };
  });
}

/**
 * Plays with the keyboard alone until the report button shows: Enter or Space to continue, a digit to
 * choose (`pick` says which, from the choices on offer). Checks that focus is where it should be.
 */
export async function playWithKeys(
  page: Page,
  pick: (offered: number, turn: number) => number = () => 1,
  stopWhen: (state: PlayState, turn: number) => boolean = () => false,
): Promise<PlayState> {
  for (let turn = 0; turn < 5000; turn += 1) {
    const state = await playState(page);
    if (state.report || stopWhen(state, turn)) return state;
    if (state.choices > 0) {
      expect(state.focusIsFirstChoice, `focus on the first choice (turn ${turn})`).toBe(true);
      const digit = Math.min(9, Math.max(1, pick(state.choices, turn)));
      await page.keyboard.press(String(digit));
    } else {
      expect(state.focusIsContinue, `focus on the continue button (turn ${turn}, on "${state.focus}")`).toBe(true);
      await page.keyboard.press(turn % 3 === 0 ? 'Space' : 'Enter');
    }
  }
  throw new Error('the playthrough did not end');
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Waits for the play screen to be on show (its chunk loads on demand). */
export async function waitForPlay(page: Page): Promise<void> {
  await page.locator('[role="log"]').waitFor();
  await page.locator('.dialogue-actions button').first().waitFor();
}

/** Sets the stored settings before the game reads them (then reloads). */
export async function presetSettings(page: Page, baseURL: string, settings: Record<string, unknown>): Promise<void> {
  await page.goto(baseURL);
  await page.evaluate((s) => {
    localStorage.setItem('passerelles:settings', JSON.stringify(s));
  }, settings);
  await page.reload();
}

/** From the title with `?module=dumas`: « Jouer », then « Commencer », until the dialogue shows. */
export async function startDumas(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}?module=dumas`);
  await page.getByRole('button', { name: 'Jouer' }).click();
  await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
  await waitForPlay(page);
}
