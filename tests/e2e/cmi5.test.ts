// The cmi5 package in Chromium, launched as a cmi5 LMS launches it: the test LMS (tests/fixtures/cmi5)
// gives the token and LMS.LaunchData and passes the statements on to a real LRS, LearningLocker's
// xapi-statements (run here with its in-memory stores), from which the test reads what was stored.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import validateStatement from '@learninglocker/xapi-validation';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCmi5Package } from '../../scripts/cmi5-package.ts';
import { outboxKey } from '../../src/lms/cmi5.ts';
import { auId } from '../../src/lms/xapi-ids.ts';
import { CMI5_CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { startTestLms } from '../fixtures/cmi5/test-lms.ts';
import type { Launch, StoredStatement, TestLms } from '../fixtures/cmi5/test-lms.ts';
import type { GamePage } from './helpers.ts';
import { axeViolations, openGame, playWithKeys, screenshot } from './helpers.ts';
import { serveStatic } from './lms/static-server.ts';
import type { StaticServer } from './lms/static-server.ts';

const MODULE = 'dumas';
const LRS_AUTH = `Basic ${Buffer.from('test:test').toString('base64')}`;
const VERB = (name: string): string => `http://adlnet.gov/expapi/verbs/${name}`;

const work = mkdtempSync(join(tmpdir(), 'passerelles-cmi5-'));
let files: Record<string, Uint8Array> = {};
let server: StaticServer;
let lms: TestLms;
let lrs: ChildProcess;
let lrsUrl = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        done(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });
}

/** xapi-statements with its in-memory repositories and its test authority (no database, no network). */
async function startLrs(): Promise<void> {
  const port = await freePort();
  const cwd = join(work, 'lrs');
  mkdirSync(cwd, { recursive: true });
  lrs = spawn(process.execPath, [resolve('node_modules/xapi-statements/dist/server.js')], {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '',
      EXPRESS_PORT: String(port),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  lrsUrl = `http://127.0.0.1:${port}/xAPI`;
  let log = '';
  lrs.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  for (let i = 0; i < 600; i += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/xAPI/about`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`xapi-statements did not start: ${log}`);
}

/** What the LRS stored for a registration, oldest first. */
async function storedIn(registration: string): Promise<StoredStatement[]> {
  const query = new URLSearchParams({ registration, ascending: 'true', limit: '0' });
  const response = await fetch(`${lrsUrl}/statements?${query.toString()}`, {
    headers: { authorization: LRS_AUTH, 'x-experience-api-version': '1.0.3' },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { statements: StoredStatement[] }).statements;
}

beforeAll(async () => {
  const zip = await buildCmi5Package(MODULE, join(work, 'build'), work);
  await startLrs();
  files = unzipSync(readFileSync(zip));
  const dir = join(work, 'au');
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  server = await serveStatic({ [`/au/${MODULE}/`]: dir });
  lms = await startTestLms({ statements: `${lrsUrl}/statements`, auth: LRS_AUTH });
});

afterAll(async () => {
  await Promise.all([server.close(), lms.close()]);
  lrs.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Launches the AU from the test LMS, as a learner does, and starts the module from its before-play screen. */
async function launchAndStart(page: Page): Promise<Launch> {
  const launch = lms.launch(`${server.url}/au/${MODULE}/index.html`, auId(MODULE));
  await page.goto(launch.url);
  await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
  await page.getByRole('button', { name: /^Commencer\s: / }).click();
  await page.locator('[role="log"]').waitFor();
  return launch;
}

const verbsOf = (statements: readonly StoredStatement[]): string[] =>
  statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));

describe('the cmi5 package', () => {
  it('holds cmi5.xml at its root, one AU launched from index.html, and the policy that lets it reach an LRS', () => {
    const xml = new TextDecoder().decode(files['cmi5.xml']);
    expect(xml.match(/<au /g)).toHaveLength(1);
    expect(xml).toContain('<url>index.html</url>');
    expect(files['index.html']).toBeDefined();
    const html = new TextDecoder().decode(files['index.html']);
    expect(html).toContain(`content="${CMI5_CONTENT_SECURITY_POLICY}"`);
    expect(Object.keys(files).filter((f) => /^assets\/(fr|en)-[\w-]+\.js$/.test(f))).toHaveLength(2);
  });

  it('plays Mme Dumas to the report; the LRS stores every statement once, in order, valid, with the score, through an outage', async () => {
    const game: GamePage = await openGame(server.url, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      });
      lms.mode = 'up';
      const launch = await launchAndStart(page);

      // The launch narrowed the policy to the LMS's origin: anywhere else is refused.
      const elsewhere = await page.evaluate(
        (url) =>
          fetch(url).then(
            () => 'reached',
            () => 'blocked',
          ),
        `${lrsUrl}/statements`,
      );
      expect(elsewhere).toBe('blocked');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toContain(
        'connect-src',
      );

      await playWithKeys(
        page,
        () => 1,
        (state) => state.madeChoices >= 2 && state.choices > 0,
      );
      // The LRS goes down for a few decisions: the statements wait on the device, the player is told.
      lms.mode = 'outage';
      await playWithKeys(
        page,
        () => 1,
        (state) => state.madeChoices >= 5 && state.choices > 0,
      );
      const status = page.locator('[data-delivery="waiting"]');
      await status.waitFor();
      expect(await status.textContent()).toMatch(/résultats? attend/);
      const waiting = await page.evaluate(
        (key) => (JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[]).length,
        outboxKey(launch.registration),
      );
      expect(waiting).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'cmi5-lrs-outage');
      lms.mode = 'up';
      const final = await playWithKeys(page, () => 1);
      await page.locator('[data-notice="sent"]').waitFor({ timeout: 30_000 });
      expect(await status.isHidden()).toBe(true);

      await page.locator('.dialogue-actions .btn-report').click();
      await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
      const percents = (await page.locator('.summary-table tbody tr td:nth-child(3)').allTextContents()).map((c) =>
        Number.parseInt(c, 10),
      );
      const score = Math.round(percents.reduce((a, b) => a + b, 0) / percents.length);
      await screenshot(page, 'cmi5-report');

      const stored = await storedIn(launch.registration);
      const verbs = verbsOf(stored);
      expect(verbs).toEqual([
        'initialized',
        ...Array<string>(final.madeChoices).fill('answered'),
        'completed',
        score >= 70 ? 'passed' : 'failed',
        'terminated',
      ]);
      expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
      for (const s of stored) expect(validateStatement(s)).toEqual([]);
      const result = stored.find((s) => s.verb.id === VERB(score >= 70 ? 'passed' : 'failed'))?.['result'] as {
        score: { scaled: number; raw: number };
      };
      expect(result.score).toMatchObject({ scaled: score / 100, raw: score });
      // The outage was real: the LMS answered 503 to some attempts, and each statement was stored once.
      expect(lms.attempts.filter((a) => a.status === 503).length).toBeGreaterThan(0);
      console.log(
        `cmi5 ${MODULE}: ${stored.length} statements, ${lms.attempts.length} attempts (${lms.attempts.filter((a) => a.status === 503).length} during the outage)`,
      );
      // The browser logs the connection the policy refused and the 503s; nothing else went wrong.
      expect(missing).toEqual([]);
      expect(game.errors.filter((e) => !/status of 503|Content Security Policy/.test(e))).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('opened without launch parameters, plays standalone and says that results are not sent', async () => {
    const game = await openGame(server.url);
    try {
      const { page } = game;
      await page.goto(`${server.url}/au/${MODULE}/index.html`);
      const note = page.locator('[data-notice="not-connected"]');
      await note.waitFor();
      expect(await note.textContent()).toMatch(/résultats ne lui sont pas envoyés/);
      await page.getByRole('button', { name: 'Jouer' }).waitFor();
    } finally {
      await game.close();
    }
  });

  it('launched from a fetch URL already used, plays standalone, says so and loses nothing of the game', async () => {
    const game = await openGame(server.url);
    try {
      const { page } = game;
      const launch = lms.launch(`${server.url}/au/${MODULE}/index.html`, auId(MODULE));
      await fetch(launch.params.fetch, { method: 'POST' });
      await page.goto(launch.url);
      const note = page.locator('[data-notice="fetch-failed"]');
      await note.waitFor();
      expect(await note.textContent()).toMatch(/lien déjà utilisé/);
      await page.getByRole('button', { name: 'Jouer' }).click();
      await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
      await page.getByRole('button', { name: /^Commencer\s: / }).click();
      await page.locator('[role="log"]').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'))).not.toBeNull();
      await screenshot(page, 'cmi5-fetch-used');
    } finally {
      await game.close();
    }
  });

  it('says when the LRS no longer accepts the session (401), and sends at once when the browser is back online', async () => {
    const game = await openGame(server.url, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      lms.mode = 'up';
      const launch = await launchAndStart(page);
      lms.mode = 'unauthorized';
      // The first decision's statement goes once the second is taken.
      await playWithKeys(
        page,
        () => 1,
        (state) => state.madeChoices >= 2 && state.choices > 0,
      );
      const blocked = page.locator('[data-delivery="blocked"]');
      await blocked.waitFor();
      expect(await blocked.textContent()).toMatch(/n’accepte plus cette session/);
      expect(lms.attempts.at(-1)?.status).toBe(401);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'cmi5-lrs-unauthorized');

      // Offline, the next statement fails at once, then after 2 s and 4 s more: the next try is 8 s away.
      lms.mode = 'up';
      await game.session.context.setOffline(true);
      await playWithKeys(
        page,
        () => 1,
        (state) => state.madeChoices >= 3 && state.choices > 0,
      );
      const waiting = page.locator('[data-delivery="waiting"]');
      await waiting.waitFor();
      await new Promise((r) => setTimeout(r, 7000));
      const attempts = lms.attempts.length;
      const back = Date.now();
      await game.session.context.setOffline(false);
      await expect
        .poll(() => lms.attempts.slice(attempts).some((a) => a.status === 200), { timeout: 15_000 })
        .toBe(true);
      expect(Date.now() - back).toBeLessThan(4000);
      // The rest follows: nothing waits on the device any more, and the line is gone.
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), outboxKey(launch.registration)))
        .toBeNull();
      expect(await waiting.isHidden()).toBe(true);
    } finally {
      await game.close();
    }
  });
});
