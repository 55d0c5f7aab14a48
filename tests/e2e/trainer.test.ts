// The trainer space in Chromium: three learners play Mme Dumas and hand in a file and a code each;
// one file is edited, others are broken on purpose or junk; the trainer imports them all with the
// file input and the codes box (by keyboard), and each learner gets exactly one status. The class
// survives a reload, is exported, deleted and imported back (verified again); the camera, absent
// in headless Chromium, says so; axe on each state of the screen.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
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
const HTML_NAME = '<img src=x onerror=alert(1)>';

interface HandedIn {
  readonly file: string;
  readonly code: string;
}

/** Plays Dumas to its report as `firstName` (choosing with `pick`), downloads the file, reads the code. */
async function playAndHandIn(
  page: Page,
  dir: string,
  firstName: string,
  pick: (offered: number, turn: number) => number,
): Promise<HandedIn> {
  await page.goto(`${baseURL}?module=dumas&session=BTS-A`);
  await page.getByRole('button', { name: 'Jouer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
  await page.getByLabel('Prénom (facultatif)').fill(firstName);
  await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
  await waitForPlay(page);
  await playWithKeys(page, pick);
  await page.locator('.dialogue-actions .btn-report').press('Enter');
  await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
  const code = (await page.getByTestId('handin-code').textContent()) ?? '';
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.btn-download').first().click()]);
  const file = join(dir, `${firstName.replace(/[^a-z]/gi, '') || 'html'}.json`);
  await download.saveAs(file);
  return { file, code };
}

type Row = readonly [name: string, status: string, details: string];

async function rows(page: Page): Promise<Row[]> {
  return page.$$eval('.class-table tbody tr', (trs) =>
    trs.map((tr) => {
      const cell = (selector: string): string => tr.querySelector(selector)?.textContent.trim() ?? '';
      return [cell('th'), cell('.status'), cell('.details')] as const;
    }),
  );
}

const byName = (all: readonly Row[], name: string): Row[] => all.filter((r) => r[0] === name);

describe('the trainer space', () => {
  const game = gameForAllTests(baseURL, { reducedMotion: 'reduce', height: 900 });
  let dir: string;
  const learners: HandedIn[] = [];
  const axe: Record<string, string[]> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelles-trainer-'));
    await game().session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL).origin,
    });
  });

  it('gives each learner a hand-in code, a QR code and a copy button on the report', async () => {
    const { page } = game();
    await presetSettings(page, baseURL, { locale: 'fr', textSpeed: 'instant', reducedMotion: true });
    learners.push(await playAndHandIn(page, dir, HTML_NAME, () => 1));
    const qr = page.getByRole('img', { name: /^Code QR du code de remise/ });
    expect(await qr.count()).toBe(1);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(learners[0]?.code);
    await screenshot(page, 'report-handin-1280x900');
    learners.push(await playAndHandIn(page, dir, 'Bruno', (offered, turn) => (turn % offered) + 1));
    learners.push(await playAndHandIn(page, dir, 'Chloé', (offered) => offered));
    for (const l of learners) expect(l.code).toMatch(/^PAS1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
    expect(new Set(learners.map((l) => l.code)).size).toBe(3);
  }, 600_000);

  it('imports files, junk and codes together, and gives each learner exactly one status', async () => {
    const { page } = game();
    const [a, b, c] = learners;
    if (!a || !b || !c) throw new Error('the playthroughs did not run');
    const json = (path: string): Record<string, unknown> & { record: Record<string, unknown> } =>
      JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { record: Record<string, unknown> };
    const put = (name: string, content: string | Buffer): string => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    // Bruno edits his figures; copies of Chloé's file are made into other kinds of trouble.
    const edited = json(b.file);
    const principles = (edited['report'] as { principles: { id: string; points: number; percent: number }[] })
      .principles;
    const first = principles[0];
    if (!first) throw new Error('no principle in the report');
    first.points += 7;
    first.percent = 100;
    const older = json(c.file);
    older.record['storyHash'] = '0123456789abcdef';
    (older['learner'] as { firstName: string }).firstName = 'Ancienne';
    const outOfRange = json(c.file);
    outOfRange.record['choices'] = [9, ...(outOfRange.record['choices'] as number[])];
    (outOfRange['learner'] as { firstName: string }).firstName = 'Hors-limite';
    const otherModule = json(c.file);
    otherModule.record['scenario'] = 'inconnu';
    (otherModule['learner'] as { firstName: string }).firstName = 'Ailleurs';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(a.file, 'utf8'), 'utf16le')]);
    const files = [
      a.file,
      put('bruno-edited.json', JSON.stringify(edited)),
      put('older.json', JSON.stringify(older)),
      put('out-of-range.json', JSON.stringify(outOfRange)),
      put('other-module.json', JSON.stringify(otherModule)),
      put('empty.json', ''),
      put('huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20)),
      put('utf16.json', utf16),
      put('other-game.json', JSON.stringify({ format: 'autre-jeu', score: 100 })),
      put('notes.json', 'pas du JSON'),
    ];

    await page.goto(`${baseURL}?trainer`);
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
    axe['empty'] = await axeViolations(page);
    await page.locator('#trainer-files').setInputFiles(files);
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 })
      .toMatch(/10 rapports ajoutés/);

    // The codes box, by keyboard: Chloé's code, the same with one character wrong, and the HTML learner's again.
    const wrong = `${c.code.slice(0, -2)}${c.code.at(-2) === '7' ? '8' : '7'}${c.code.slice(-1)}`;
    await tabTo(page, '#trainer-codes');
    await page.keyboard.type([c.code, wrong, a.code].join('\n'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ajouter');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 })
      .toMatch(/2 rapports ajoutés.*1 était déjà dans la classe \(compté une fois\)/);
    // The code with a typo stays in the box, to be corrected.
    expect(await page.locator('#trainer-codes').inputValue()).toBe(wrong);

    const all = await rows(page);
    expect(all).toHaveLength(12);
    expect(byName(all, HTML_NAME).map((r) => r[1])).toEqual(['vérifié']);
    expect(await page.locator('.class-table img').count()).toBe(0);
    const bruno = byName(all, 'Bruno');
    expect(bruno.map((r) => r[1])).toEqual(['modifié']);
    expect(bruno[0]?.[2]).toMatch(/points\s:\sdéclaré -?\d+, rejoué -?\d+/);
    expect(bruno[0]?.[2]).toMatch(/score \(%\)\s:\sdéclaré 100, rejoué \d+/);
    expect(byName(all, 'Chloé').map((r) => r[1])).toEqual(['vérifié']);
    expect(byName(all, 'Ancienne')).toEqual([
      ['Ancienne', 'autre version du module', expect.stringMatching(/non vérifié/) as unknown],
    ]);
    expect(byName(all, 'Hors-limite')[0]?.[2]).toMatch(/ne se rejoue pas/);
    expect(byName(all, 'Ailleurs')[0]?.[2]).toMatch(/Ce module n’existe pas/);
    // What cannot be read names no learner: the five junk files and the code with a typo.
    const junk = all.filter((r) => r[0] === '(sans prénom)');
    expect(junk.map((r) => r[1])).toEqual(Array(6).fill('illisible'));
    expect(junk.map((r) => r[2]).sort()).toEqual(
      [
        'Le code contient une faute de frappe (la clé de contrôle ne correspond pas).',
        'Ce n’est pas un fichier JSON.',
        'Ce n’est pas un rapport de Passerelles.',
        'Le fichier dépasse 5\u00a0Mo\u00a0: il n’a pas été lu.',
        'Le fichier est vide.',
        expect.stringMatching(/^Le fichier n’est pas en UTF-8/) as unknown as string,
      ].sort(),
    );
    axe['class'] = await axeViolations(page);
    await screenshot(page, 'trainer-class-1280x900', true);

    // The camera: none in headless Chromium; the page says so and the rest works on.
    await tabTo(page, '.camera-block button');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.camera-status').textContent(), { timeout: 30_000 })
      .toMatch(/Aucune caméra .*Les fichiers et les codes de remise fonctionnent sans elle/);
    axe['camera'] = await axeViolations(page);

    // A reload keeps the class, statuses and all.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
    await expect.poll(() => rows(page)).toEqual(all);
  });

  it('mounts the class dashboard, whose CSV has a row per learner from the replay', async () => {
    const { page } = game();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord de la classe' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (CSV)' }).click(),
    ]);
    const path = join(dir, 'classe.csv');
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    // French: a byte order mark and semicolons, for a French spreadsheet.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(';');
    expect(csv).toContain('Bruno');
    expect(csv).toContain('Chloé');
  });

  it('exports the class, deletes it, and imports it back verified again', async () => {
    const { page } = game();
    const before = await rows(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter la classe' }).click(),
    ]);
    const exported = join(dir, 'classe.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8')) as { format: string; entries: unknown[] };
    expect(file.format).toBe('passerelles-class');
    // The junk files are left out: nothing in them to verify again.
    expect(file.entries).toHaveLength(7);
    expect(readFileSync(exported, 'utf8')).not.toContain('"verdict"');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Supprimer la classe' }).click();
    await expect.poll(() => page.locator('.class-count').textContent()).toBe('0 rapport dans la classe.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
    expect(await page.locator('.class-table').count()).toBe(0);

    await page.locator('#trainer-class-file').setInputFiles(exported);
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 })
      .toMatch(/7 rapports ajoutés/);
    const after = await rows(page);
    expect(after).toEqual(before.filter((r) => r[0] !== '(sans prénom)' || r[2].includes('faute de frappe')));
    for (const [name, violations] of Object.entries(axe)) expect(violations, name).toEqual([]);
    expectOnlyLocal(game().requests, baseURL);
    expect(game().errors).toEqual([]);
  });
});
