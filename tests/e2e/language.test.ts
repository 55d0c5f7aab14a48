// Switching language mid-story: the same point of the same playthrough, in the other language.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import { expectOnlyLocal, openGame, playState, playWithKeys, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');

interface StoredSave {
  locale: string;
  transcript: { kind: string; text: string }[];
  awaiting: string;
  runner: { record: { choices: number[]; seed: number; locale: string }; stepsSinceChoice: number; engine: unknown };
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
    expect(en.locale).toBe('en');
    expect(en.runner.record.choices).toEqual(fr.runner.record.choices);
    expect(en.runner.record.seed).toBe(fr.runner.record.seed);
    expect(en.runner.stepsSinceChoice).toBe(fr.runner.stepsSinceChoice);
    expect(en.awaiting).toBe(fr.awaiting);
    expect(en.transcript.map((e) => e.kind)).toEqual(fr.transcript.map((e) => e.kind));
    expect(en.transcript.map((e) => e.text)).not.toEqual(fr.transcript.map((e) => e.text));

    const after = await playState(page);
    expect(after.entries).toBe(before.entries);
    expect(after.lastText).toBe(en.transcript.at(-1)?.text);
    expect(await page.getByRole('log', { name: 'Dialogue so far' }).count()).toBe(1);
    expect(await page.locator('.clock').textContent()).toMatch(/^Week 1 of/);

    // Back to French: the very same lines as before the switch.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Français').check();
    await page.getByRole('dialog', { name: 'Paramètres' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await read()).locale).toBe('fr');
    const back = await read();
    expect(back.transcript).toEqual(fr.transcript);
    expect((await playState(page)).lastText).toBe(before.lastText);
  });
});
