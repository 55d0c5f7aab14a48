// Resuming and failing without losing the learner: a reload puts back the dialogue exactly as it
// was shown live (every kind of entry), a part of the game that fails to load can be loaded again,
// and a story error on a choice leaves the playthrough where it was, with a way on.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BEST_PATHS } from '../stories/best-paths.ts';
import { source } from '../stories/load.ts';
import { autosave } from './save-fixture.ts';
import {
  axeViolations,
  gameForEachTest,
  playState,
  playWithKeys,
  screenshot,
  startDumas,
  waitForPlay,
} from './helpers.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

/** The dialogue log as the page holds it once no line is being typed: each entry's markup, and all its text. */
async function logAsShown(page: Page): Promise<{ entries: string[]; text: string }> {
  await page.locator('[role="log"] .untyped').waitFor({ state: 'detached' });
  return page.evaluate(() => {
    // Each node as its tag, attributes and children (text nodes as their text).
    const shape = (node: Node): unknown => {
      if (!(node instanceof Element)) return node.textContent;
      return [
        node.tagName,
        [...node.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        [...node.childNodes].map(shape),
      ];
    };
    const log = document.querySelector<HTMLElement>('[role="log"]');
    return {
      entries: [...(log?.children ?? [])].map((e) => JSON.stringify(shape(e))),
      text: log?.innerText ?? '',
    };
  });
}

async function reloadAndResume(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: /^Continuer/ }).click();
  await waitForPlay(page);
}

describe('resume and failures', () => {
  const game = gameForEachTest(baseURL);

  it('puts back after a reload exactly the dialogue that was shown live, line being typed included', async () => {
    const { page } = game();
    await startDumas(page, baseURL);
    // Choices 2, 1, 2…: past Mme Dumas and her first partner's lines, stopping on a line.
    await playWithKeys(
      page,
      (_offered, turn) => 1 + (turn % 2),
      (state) => state.madeChoices >= 4 && state.choices === 0,
    );
    const live = await logAsShown(page);
    const kinds = await page.evaluate(() =>
      ['.entry-narration', '.entry-line:not(.entry-narration)', '.entry-choice'].map(
        (s) => document.querySelectorAll(`[role="log"] ${s}`).length,
      ),
    );
    // Narration, lines with their speaker, and the learner's choices are all there to compare.
    expect(kinds.every((n) => n > 0)).toBe(true);
    await reloadAndResume(page);
    const resumed = await logAsShown(page);
    expect(resumed.text).toBe(live.text);
    expect(resumed.entries).toEqual(live.entries);
    // The speaker on screen is the same too.
    expect(await page.locator('.speaker').innerText()).not.toBe('');
  });

  it('puts back week events and a line that introduces its speaker (speaker and meet) as they were shown', async () => {
    const { page } = game();
    // The campaign's first partner to speak is also met on that very line.
    let meetAdded = false;
    await page.route(/\/assets\/fr-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      const original = await response.text();
      const body = original.replace(/"\^speaker: mission_locale ?","\/#"/, '$&,"#","^meet: mission_locale","/#"');
      meetAdded ||= body !== original;
      await route.fulfill({ response, body });
    });
    // Seed 7 along the campaign's best path: Mme Lambert speaks after 10 choices, and a week event comes
    // after 13 (found by playing it in Node).
    const save = autosave('saison', {
      scenario: 'saison',
      storyHash: source(`${storiesDir}/saison`).storyHash,
      seed: 7,
      locale: 'fr',
      choices: [],
    });
    await page.goto(baseURL);
    await page.evaluate((value) => {
      localStorage.setItem('passerelles:save:saison', value);
    }, save);
    await reloadAndResume(page);
    const events = page.locator('[role="log"] .entry-event');
    const best = BEST_PATHS['saison'] ?? [];
    let made = 0;
    await playWithKeys(
      page,
      () => (best[made++]?.[0] ?? 0) + 1,
      (state) => state.madeChoices >= 14 && state.choices === 0,
    );
    expect(meetAdded).toBe(true);
    expect(await events.count()).toBeGreaterThan(0);
    const introduced = page.locator('[role="log"] .entry-line', { hasText: 'Mme Dumas ? Oui, je la suis' });
    expect(await introduced.locator('.who').innerText()).toMatch(/mission locale/i);
    const live = await logAsShown(page);
    await reloadAndResume(page);
    const resumed = await logAsShown(page);
    expect(resumed.text).toBe(live.text);
    expect(resumed.entries).toEqual(live.entries);
  });

  it('keeps only the 10 most recent saves set aside, and says so until it is read', async () => {
    const { page } = game();
    await page.goto(baseURL);
    await page.evaluate(() => {
      for (let day = 10; day < 21; day += 1) {
        const at = `2025-01-${day}T09:00:00.000Z`;
        localStorage.setItem(
          `passerelles:quarantine:dumas:${at}`,
          JSON.stringify({ module: 'dumas', reason: 'not-json', at, raw: `day ${day}` }),
        );
      }
      localStorage.setItem('passerelles:save:dumas', '{broken');
    });
    await page.reload();
    const notice = page.getByRole('region', { name: 'Anciennes sauvegardes supprimées' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/2 anciennes sauvegardes mises de côté ont été supprimées/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('passerelles:quarantine:')),
    );
    expect(kept).toHaveLength(10);
    expect(kept.some((k) => k.includes('2025-01-10') || k.includes('2025-01-11'))).toBe(false);
    expect(await page.getByRole('region', { name: /Une sauvegarde n’a pas pu être reprise/ }).count()).toBe(10);
    await screenshot(page, 'title-saves-pruned-1280x720', true);
    await notice.getByRole('button', { name: 'J’ai compris' }).click();
    expect(await notice.count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Jouer' }).waitFor();
    expect(await page.getByRole('region', { name: 'Anciennes sauvegardes supprimées' }).count()).toBe(0);
  });

  it('offers to try again when a part of the game fails to load, and then plays', async () => {
    const { page } = game();
    let failed = 0;
    // The play screen's own chunk (not the play session's).
    await page.route(/\/assets\/play-(?!session)[^/]*\.js$/, async (route) => {
      if (failed === 0) {
        failed += 1;
        await route.abort('internetdisconnected');
      } else await route.continue();
    });
    await page.goto(`${baseURL}?module=dumas`);
    await page.getByRole('button', { name: 'Jouer' }).click();
    await page.getByRole('button', { name: /^Commencer\s: / }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Cette partie du jeu n’a pas pu être chargée' });
    await alert.waitFor();
    expect(failed).toBe(1);
    const retry = page.getByRole('button', { name: 'Réessayer' });
    expect(await retry.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'failure-chunk-1280x720');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await waitForPlay(page);
    expect((await playState(page)).entries).toBeGreaterThan(0);
  });

  it('says so when the story fails on a choice, keeps the playthrough where it was, and goes on', async () => {
    const { page } = game();
    // The first option of the first choice meets a tag that no checked story holds.
    await page.route(/\/assets\/fr-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const spoiled = body.replace(
        '"^score: communication -1 Ouvrir par le formulaire',
        '"^colour: red Ouvrir par le formulaire',
      );
      await route.fulfill({ response, body: spoiled });
    });
    await startDumas(page, baseURL);
    const before = await playWithKeys(
      page,
      () => 1,
      (state) => state.choices > 0,
    );
    const readSave = async (): Promise<unknown> => {
      const raw = await page.evaluate(() => localStorage.getItem('passerelles:save:dumas'));
      // The date of the save aside, everything must be as it was.
      return { ...(JSON.parse(raw ?? '{}') as Record<string, unknown>), savedAt: null };
    };
    const saved = await readSave();
    await page.keyboard.press('1');
    const alert = page.getByRole('alert').filter({ hasText: 'L’histoire a rencontré une erreur' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/colour/);
    await screenshot(page, 'failure-story-1280x720');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing moved: the same log, the same choices, the same save.
    const after = await playState(page);
    expect(after.entries).toBe(before.entries);
    expect(after.choices).toBe(before.choices);
    expect(await readSave()).toEqual(saved);
    // Trying again fails the same way, and still says so.
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await alert.waitFor();
    expect((await playState(page)).entries).toBe(before.entries);
    // Another choice goes on, and the message goes away.
    await page.locator('.choice-button').nth(1).click();
    await expect.poll(async () => (await playState(page)).madeChoices).toBe(1);
    expect(await alert.count()).toBe(0);
    expect(game().errors.filter((e) => !e.includes('colour'))).toEqual([]);
  });
});
