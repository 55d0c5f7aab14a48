// Switching language mid-story: the same point of the same playthrough, in the other language.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import { expectOnlyLocal, openGame, playState, playWithKeys, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');

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
    await page.getByRole('button', { name: 'Commencer la partie' }).click();
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
    expect(after.focusIsContinue).toBe(before.focusIsContinue);
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
});
