// The SCORM 1.2 packages in Chromium, with scorm-again's Scorm12API as the LMS: a parent page holds
// the API and hosts the SCO (the unzipped package) in an iframe, and logs every call to the API.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScormPackage } from '../../scripts/scorm-package.ts';
import { SUSPEND_DATA_MAX } from '../../src/lms/scorm12.ts';
import { encodeSaveCode } from '../../src/trainer/handin-code.ts';
import type { GamePage, PlayState } from './helpers.ts';
import { axeViolations, expectOnlyLocal, openGame, playState, playWithKeys, screenshot } from './helpers.ts';
import { serveStatic } from './lms/static-server.ts';
import type { StaticServer } from './lms/static-server.ts';

interface ApiCall {
  readonly method: 'LMSInitialize' | 'LMSFinish' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit';
  readonly args: readonly string[];
  readonly result: string;
}

interface LmsSetup {
  readonly module: string;
  readonly cmi?: unknown;
  readonly initFails?: boolean;
}

type Cmi = Record<string, unknown> & {
  core: Record<string, unknown>;
  student_data: Record<string, unknown>;
  interactions: Record<string, { id: string; type: string; student_response: string; result: string }>;
};

const MODULES = ['dumas', 'saison'] as const;
const work = mkdtempSync(join(tmpdir(), 'passerelles-scorm-'));
const zips: Record<string, Record<string, Uint8Array>> = {};
let server: StaticServer;

beforeAll(async () => {
  const mounts: Record<string, string> = {
    '/lms/': join('tests', 'e2e', 'lms'),
    '/scorm-again/': join('node_modules', 'scorm-again', 'dist'),
  };
  for (const module of MODULES) {
    const zip = await buildScormPackage(module, join(work, 'build', module), work);
    const files = unzipSync(readFileSync(zip));
    zips[module] = files;
    const dir = join(work, 'sco', module);
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    mounts[`/sco/${module}/`] = dir;
  }
  server = await serveStatic(mounts);
});

afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** The mastery score the package's manifest gives, as an LMS reads it. */
function masteryOf(module: string): string {
  const xml = new TextDecoder().decode(zips[module]?.['imsmanifest.xml']);
  return /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(xml)?.[1] ?? '';
}

/** Opens the LMS page with the SCO inside; returns the SCO's frame once its document is there. */
async function openLms(game: GamePage, setup: LmsSetup): Promise<Frame> {
  const { page } = game;
  await page.addInitScript((s) => {
    (window as unknown as { lmsSetup: LmsSetup }).lmsSetup = s;
  }, setup);
  await page.goto(`${server.url}/lms/scorm-parent.html`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no SCO frame');
  await frame.waitForLoadState();
  return frame;
}

const lmsLog = (page: Page): Promise<ApiCall[]> =>
  page.evaluate(() => (window as unknown as { lmsLog: ApiCall[] }).lmsLog);
const lmsCmi = (page: Page): Promise<Cmi> => page.evaluate(() => (window as unknown as { lmsCmi: () => Cmi }).lmsCmi());
const closeSco = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { closeSco: () => Promise<void> }).closeSco());

/** The frame seen as the page the shared play helpers drive (keys go to the focused frame). */
const inFrame = (page: Page, frame: Frame): Page =>
  ({ evaluate: frame.evaluate.bind(frame), keyboard: page.keyboard }) as unknown as Page;

const sets = (log: readonly ApiCall[], element: string): string[] =>
  log.filter((c) => c.method === 'LMSSetValue' && c.args[0] === element).map((c) => c.args[1] ?? '');

/** Every suspend_data the SCO set fits SCORM 1.2's 4,096 characters; returns their lengths. */
function suspendLengths(log: readonly ApiCall[]): number[] {
  const lengths = sets(log, 'cmi.suspend_data').map((v) => v.length);
  expect(lengths.length).toBeGreaterThan(0);
  expect(Math.max(...lengths)).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
  return lengths;
}

async function startFromBeforePlay(frame: Frame): Promise<void> {
  await frame.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
  await frame.getByRole('button', { name: /^Commencer\s: / }).click();
  await frame.locator('[role="log"]').waitFor();
}

/** The percentages the report shows, principle by principle. */
async function reportPercents(frame: Frame): Promise<number[]> {
  await frame.locator('.dialogue-actions .btn-report').click();
  await frame.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
  const cells = await frame.locator('.summary-table tbody tr td:nth-child(3)').allTextContents();
  return cells.map((c) => Number.parseInt(c, 10));
}

/** What the SCO must have sent once a playthrough of `decisions` choices reached its end. */
function expectEndValues(log: readonly ApiCall[], decisions: number, percents: readonly number[]): void {
  expect(log.filter((c) => c.method !== 'LMSGetValue' && c.result !== 'true')).toEqual([]);
  const score = Math.round(percents.reduce((a, b) => a + b, 0) / percents.length);
  expect(sets(log, 'cmi.core.score.raw')).toEqual([String(score)]);
  expect(sets(log, 'cmi.core.score.min')).toEqual(['0']);
  expect(sets(log, 'cmi.core.score.max')).toEqual(['100']);
  expect(sets(log, 'cmi.core.lesson_status').at(-1)).toBe(score >= 70 ? 'passed' : 'failed');
  expect(sets(log, 'cmi.core.exit').at(-1)).toBe('');
  expect(sets(log, 'cmi.core.exit').slice(0, -1)).toContain('suspend');
  expect(sets(log, 'cmi.core.session_time').at(-1)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  // The objectives carry each principle's percentage.
  const objectives = log.filter(
    (c) => c.method === 'LMSSetValue' && /^cmi\.objectives\.\d+\.score\.raw$/.test(c.args[0] ?? ''),
  );
  expect(objectives.map((c) => Number(c.args[1]))).toEqual(percents);
  // LMSFinish once, last of all.
  expect(log.filter((c) => c.method === 'LMSFinish')).toHaveLength(1);
  expect(log.at(-1)?.method).toBe('LMSFinish');
  expect(decisions).toBeGreaterThan(0);
}

/** One interaction per decision, in order, each a `choice` with a one-letter response and a result. */
function expectInteractions(cmi: Cmi, decisions: number): void {
  const interactions = Object.entries(cmi.interactions);
  expect(interactions).toHaveLength(decisions);
  interactions.forEach(([n, i]) => {
    expect(i.id).toMatch(new RegExp(`^decision_${String(Number(n) + 1).padStart(3, '0')}_week_\\d+$`));
    expect(i.type).toBe('choice');
    expect(i.student_response).toMatch(/^[a-z]$/);
    expect(['correct', 'wrong', 'neutral']).toContain(i.result);
  });
  // Decisions count for or against the principles: not all neutral.
  expect(interactions.some(([, i]) => i.result !== 'neutral')).toBe(true);
}

describe('SCORM 1.2 packages', () => {
  it('hold imsmanifest.xml at the root: SCORM 1.2, one SCO, a mastery score, every file listed', () => {
    for (const module of MODULES) {
      const files = zips[module] ?? {};
      const xml = new TextDecoder().decode(files['imsmanifest.xml']);
      expect(xml).toContain('<schemaversion>1.2</schemaversion>');
      expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
      expect(masteryOf(module)).toBe('70');
      const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
      expect(listed).toEqual(
        Object.keys(files)
          .filter((f) => f !== 'imsmanifest.xml')
          .sort(),
      );
      expect(listed).toContain('index.html');
      // Only this module's story is in the package: one script per language.
      expect(listed.filter((f) => /^assets\/(fr|en)-[\w-]+\.js$/.test(f ?? ''))).toHaveLength(2);
      const html = new TextDecoder().decode(files['index.html']);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  async function playAndResume(module: string, pauseAfter: number, pick: (offered: number) => number): Promise<void> {
    // First session: play up to a line after `pauseAfter` choices, then the learner leaves.
    const first = await openGame(server.url, { reducedMotion: 'reduce' });
    let before: PlayState;
    let cmi: Cmi;
    let firstLog: ApiCall[];
    try {
      const frame = await openLms(first, {
        module,
        cmi: { core: { entry: 'ab-initio' }, student_data: { mastery_score: masteryOf(module) } },
      });
      await startFromBeforePlay(frame);
      before = await playWithKeys(
        inFrame(first.page, frame),
        pick,
        (state) => state.madeChoices >= pauseAfter && state.choices === 0,
      );
      await closeSco(first.page);
      firstLog = await lmsLog(first.page);
      cmi = await lmsCmi(first.page);
      expect(firstLog[0]).toMatchObject({ method: 'LMSInitialize', result: 'true' });
      expect(sets(firstLog, 'cmi.core.lesson_status')[0]).toBe('incomplete');
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
    expect(firstLog.at(-1)?.method).toBe('LMSFinish');
    expect(sets(firstLog, 'cmi.core.exit').at(-1)).toBe('suspend');
    expect(sets(firstLog, 'cmi.core.session_time')).toHaveLength(1);
    expect(cmi.suspend_data).not.toBe('');

    // Second session, in a fresh browser (nothing on the device): the LMS resumes the attempt.
    cmi.core['entry'] = 'resume';
    cmi.student_data['mastery_score'] = masteryOf(module);
    const second = await openGame(server.url, { reducedMotion: 'reduce' });
    try {
      const { page } = second;
      const frame = await openLms(second, { module, cmi });
      await frame.locator('[role="log"]').waitFor();
      await frame.locator('.dialogue-actions button').first().waitFor();
      const after = await playState(inFrame(page, frame));
      expect(after.lastText).toBe(before.lastText);
      expect(after.entries).toBe(before.entries);
      expect(after.madeChoices).toBe(before.madeChoices);
      await frame.locator('.dialogue-actions .btn-continue').focus();
      const final = await playWithKeys(inFrame(page, frame), pick);
      const log = await lmsLog(page);
      expect(log[0]).toMatchObject({ method: 'LMSInitialize', result: 'true' });
      // A commit after every choice of this session, and one at the end.
      expect(log.filter((c) => c.method === 'LMSCommit')).toHaveLength(final.madeChoices - before.madeChoices + 1);
      await frame.locator('[data-notice="sent"]').waitFor();
      const lengths = [...suspendLengths(firstLog), ...suspendLengths(log)];
      console.log(`${module} suspend_data: ${lengths.length} values, max ${Math.max(...lengths)} characters`);
      const percents = await reportPercents(frame);
      expectEndValues(log, final.madeChoices, percents);
      expectInteractions(await lmsCmi(page), final.madeChoices);
      await screenshot(page, `scorm-${module}-report`);
      expectOnlyLocal(second.requests, server.url);
      expect(second.errors).toEqual([]);
    } finally {
      await second.close();
    }
  }

  it('resumes Mme Dumas from the cmi the LMS kept, at the same line, and ends the attempt', async () => {
    await playAndResume('dumas', 3, () => 1);
  });

  it('resumes the campaign from the cmi the LMS kept, at the same line, and ends the attempt', async () => {
    let turn = 0;
    await playAndResume('saison', 20, (offered) => (turn++ % offered) + 1);
  });
});

describe('SCORM 1.2 faults', () => {
  let game: GamePage;
  beforeAll(async () => {
    game = await openGame('http://127.0.0.1/');
  });
  afterAll(async () => {
    await game.close();
  });

  it('opened without an LMS, plays as the ordinary game and says that results are not sent', async () => {
    const { page } = game;
    await page.goto(`${server.url}/sco/dumas/index.html`);
    const note = page.locator('[data-notice="not-connected"]');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/résultats ne lui sont pas envoyés/);
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scorm-no-lms');
    await page.getByRole('button', { name: /^Commencer\s: / }).click();
    await page.locator('[role="log"]').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'))).not.toBeNull();
  });

  it('says so when LMSInitialize returns false, and sends nothing more', async () => {
    const { page } = game;
    const frame = await openLms(game, { module: 'dumas', initFails: true });
    const note = frame.locator('[data-notice="refused"]');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/refusé d’ouvrir la session/);
    await frame.getByRole('button', { name: 'Jouer' }).waitFor();
    const log = await lmsLog(page);
    expect(log.map((c) => c.method)).toEqual(['LMSInitialize']);
  });

  it('starts afresh on garbage suspend_data, keeps it aside on the device and says so', async () => {
    const { page } = game;
    const garbage = 'PAS1-THIS-IS-NOT-A-SAVE';
    const frame = await openLms(game, { module: 'dumas', cmi: { core: { entry: 'resume' }, suspend_data: garbage } });
    await frame.locator('[data-notice="save-unreadable"]').waitFor();
    await frame.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    const aside = await frame.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('passerelles:quarantine:dumas:'))
        .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { raw: string }).raw),
    );
    expect(aside).toContain(garbage);
    await screenshot(page, 'scorm-garbage-suspend-data');
  });

  it('starts afresh on the save of another module, keeps it aside and says so', async () => {
    const foreign = encodeSaveCode({
      record: { scenario: 'reunion', storyHash: '0123456789abcdef', seed: 5, locale: 'fr', choices: [0, 1] },
      steps: 1,
      firstName: '',
      sessionCode: '',
      selfRating: {},
      reflection: '',
    });
    const frame = await openLms(game, { module: 'dumas', cmi: { core: { entry: 'resume' }, suspend_data: foreign } });
    await frame.locator('[data-notice="save-unreadable"]').waitFor();
    await frame.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    const aside = await frame.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('passerelles:quarantine:dumas:'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as { raw: string; reason: string }),
    );
    expect(aside).toContainEqual(expect.objectContaining({ raw: foreign, reason: 'bad-shape' }));
  });
});
