// Save and resume in the browser: a reload resumes at the same line; a corrupt save or one made
// with another version of the story is kept aside, can be downloaded, and a fresh start is offered.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  gameForEachTest,
  playState,
  playWithKeys,
  presetSettings,
  screenshot,
  startDumas,
  tabTo,
  waitForPlay,
} from './helpers.ts';

const baseURL = inject('baseURL');

describe('saves', () => {
  const game = gameForEachTest(baseURL);

  it('resumes at the same line after a reload in the middle of the dialogue', async () => {
    const { page } = game();
    await startDumas(page, baseURL);
    // Through the first choice, then on a line awaiting "continue".
    const before = await playWithKeys(
      page,
      () => 1,
      (state) => state.madeChoices >= 1 && state.choices === 0,
    );
    const saved = await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'));
    expect(saved).not.toBeNull();
    await page.reload();
    const resume = page.getByRole('button', { name: /Continuer/ });
    await resume.waitFor();
    // With a save, the title focuses Continue.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Continuer/);
    await page.keyboard.press('Enter');
    await waitForPlay(page);
    const after = await playState(page);
    expect(after.lastText).toBe(before.lastText);
    expect(after.entries).toBe(before.entries);
    expect(after.focusIsContinue).toBe(true);
    // And the story goes on from there: the next line is new.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await playState(page)).entries).toBeGreaterThan(after.entries);
    expect((await playState(page)).lastText).not.toBe(after.lastText);
  });

  it('sets a corrupt save aside, offers it for download and offers a fresh start', async () => {
    const { page } = game();
    const raw = '{"format":"passerelles-autosave","version":1,"module":"dumas", "runner": {';
    await page.goto(baseURL);
    await page.evaluate((value) => {
      localStorage.setItem('passerelles:save:dumas', value);
    }, raw);
    await page.reload();
    const notice = page.getByRole('region', { name: /Une sauvegarde n’a pas pu être reprise/ });
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toMatch(/illisible/);
    await screenshot(page, 'title-save-set-aside-1280x720');
    // Kept aside, byte for byte; no longer offered to "continue".
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('passerelles:'))
        .sort(),
    );
    expect(stored.some((k) => k === 'passerelles:save:dumas')).toBe(false);
    const asideKey = stored.find((k) => k.startsWith('passerelles:quarantine:dumas:'));
    expect(asideKey).toBeDefined();
    const aside = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), asideKey ?? '')) ?? '{}') as {
      raw: string;
      reason: string;
    };
    expect(aside).toMatchObject({ raw, reason: 'not-json' });
    expect(await page.getByRole('button', { name: /^Continuer/ }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Télécharger la sauvegarde' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(raw);

    await notice.getByRole('button', { name: 'Recommencer ce module' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
    await waitForPlay(page);
    // The set-aside save is still there after a fresh start.
    expect(await page.evaluate((k) => localStorage.getItem(k) !== null, asideKey ?? '')).toBe(true);
  });

  it('sets aside a save made with another version of the story, and says why', async () => {
    const { page } = game();
    await startDumas(page, baseURL);
    await page.keyboard.press('Enter');
    const save = JSON.parse((await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'))) ?? '{}') as {
      record: { storyHash: string };
    };
    save.record.storyHash = '0000000000000000';
    await page.evaluate((value) => {
      localStorage.setItem('passerelles:save:dumas', value);
    }, JSON.stringify(save));
    await page.goto(baseURL);
    const notice = page.getByRole('region', { name: /Une sauvegarde n’a pas pu être reprise/ });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/autre version de l’histoire/);
  });

  it('says so, and keeps what was typed, when the first name holds HTML', async () => {
    const { page } = game();
    const name = '<img src="x" onerror="alert(1)"><b>Zoé</b>';
    // Every element ever added to the page that the typed markup would have made, on any screen,
    // even for a moment. (The policy would block the inline onerror, so a dialog proves nothing.)
    await page.addInitScript(() => {
      const made: string[] = [];
      Object.assign(window, { madeFromMarkup: made });
      const fromMarkup = (el: Element): boolean =>
        el.hasAttribute('onerror') ||
        (el.localName === 'b' && el.textContent === 'Zoé') ||
        (el.localName === 'i' && el.textContent === '2');
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            for (const el of [node, ...node.querySelectorAll('*')])
              if (fromMarkup(el)) made.push(`<${el.localName}> ${el.textContent}`);
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await presetSettings(page, `${baseURL}?module=dumas&session=BTS%20<i>2</i>`, { textSpeed: 'instant' });
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByLabel('Prénom (facultatif)').fill(name);
    await expect.poll(() => page.getByLabel('Code de session (facultatif)').inputValue()).toBe('BTS <i>2</i>');
    await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
    await waitForPlay(page);
    await tabTo(page, '.dialogue-actions button');
    await playWithKeys(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Rapport/ }).waitFor();
    const facts = page.locator('.report-header .facts');
    expect(await facts.textContent()).toContain(name);
    expect(await facts.textContent()).toContain('BTS <i>2</i>');
    expect(await page.locator('.report-header img, .report-header b, .report-header i').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { madeFromMarkup: string[] }).madeFromMarkup)).toEqual([]);
    expect(game().requests.some((url) => url.endsWith('/x'))).toBe(false);
  });
});
