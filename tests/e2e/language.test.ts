// Switching language mid-story: the same point of the same playthrough, in the other language.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import { expectOnlyLocal, openGame, playState, playWithKeys, screenshot, waitForPlay } from './helpers.ts';
import { finishedDumasSave } from './save-fixture.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

interface StoredSave {
  record: { choices: number[]; seed: number; locale: string };
  steps: number;
}

/** The dialogue log as shown: each entry's kind (line, choice, event) and its whole text. */
async function logEntries(page: GamePage['page']): Promise<{ kind: string; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="log"] .entry')].map((e) => ({
      kind: [...e.classList].find((c) => c.startsWith('entry-') && c !== 'entry-narration') ?? '',
      text: e.dataset['text'] ?? '',
    })),
  );
}

describe('switching language mid-story', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGame(baseURL);
  });

  afterAll(async () => {
    expectOnlyLocal(game.requests, baseURL);
    await game.close();
  });

  it('resumes at the same point in English, then back in French', async () => {
    const { page } = game;
    await page.goto(`${baseURL}?module=dumas`);
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('button', { name: 'Commencer\u00a0: Le parcours de Mme Dumas', exact: true }).click();
    await waitForPlay(page);
    const before = await playWithKeys(
      page,
      () => 1,
      (state) => state.madeChoices >= 1 && state.choices === 0,
    );
    const read = async (): Promise<StoredSave> =>
      JSON.parse((await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'))) ?? '{}') as StoredSave;
    const fr = await read();
    const frLog = await logEntries(page);

    await page.getByRole('button', { name: 'Paramètres' }).click();
    await page.getByRole('dialog', { name: 'Paramètres' }).waitFor();
    await page.getByLabel('English').check();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('group', { name: 'Choices' })
      .or(page.getByRole('button', { name: /Continue/ }))
      .first()
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

    const en = await read();
    expect(en.record.locale).toBe('en');
    expect(en.record.choices).toEqual(fr.record.choices);
    expect(en.record.seed).toBe(fr.record.seed);
    expect(en.steps).toBe(fr.steps);
    const enLog = await logEntries(page);
    expect(enLog.map((e) => e.kind)).toEqual(frLog.map((e) => e.kind));
    expect(enLog.map((e) => e.text)).not.toEqual(frLog.map((e) => e.text));

    const after = await playState(page);
    expect(after.entries).toBe(before.entries);
    expect(await page.getByRole('log', { name: 'Dialogue so far' }).count()).toBe(1);
    expect(await page.locator('.clock').textContent()).toMatch(/^Week 1 of/);

    // Back to French: the very same lines as before the switch.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Français').check();
    await page.getByRole('dialog', { name: 'Paramètres' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await read()).record.locale).toBe('fr');
    await expect.poll(() => logEntries(page)).toEqual(frLog);
    expect((await playState(page)).lastText).toBe(before.lastText);
  });

  it('continues a playthrough saved in French in English when the game is in English, report included', async () => {
    const { page } = game;
    const save = finishedDumasSave(storiesDir);
    expect((JSON.parse(save) as StoredSave).record.locale).toBe('fr');
    await page.goto(`${baseURL}?lang=en`);
    await page.evaluate((value) => {
      localStorage.setItem('passerelles:save:dumas', value);
    }, save);
    await page.reload();
    await page.getByRole('button', { name: /^Continue/ }).click();
    // The module's title and the levels are the English ones, as is every word around them.
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toContain("Ms Dumas's pathway");
    expect(await heading.textContent()).not.toContain('Mme Dumas');
    const levels = await page.locator('.level').allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.join(' ')).not.toMatch(/acquis|En cours|Maîtrise/i);
    await screenshot(page, 'report-en-from-fr-save-1280');
    // The save now says English: a reload keeps the same language.
    const stored = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'))) ?? '{}',
    ) as StoredSave;
    expect(stored.record.locale).toBe('en');
    expect(stored.record.choices).toEqual((JSON.parse(save) as StoredSave).record.choices);
  });
});
