// The glossary in the game, driven with the keyboard: the « Glossaire » button of the play screen
// and of the report, a term marked in the dialogue that opens its definition, the same log after a
// reload, French and English, and axe on the open glossary.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './helpers.ts';
import { finishedDumasSave } from './save-fixture.ts';
import { axeViolations, expectOnlyLocal, openGame, playState, screenshot, tabTo, waitForPlay } from './helpers.ts';

const baseURL = inject('baseURL');
const storiesDir = inject('storiesDir');

/** Starts the Dumas module from its link, in `lang`, and waits for the play screen. */
async function startDumas(page: Page, lang: 'fr' | 'en'): Promise<void> {
  await page.goto(`${baseURL}?module=dumas&lang=${lang}`);
  await page.getByRole('button', { name: lang === 'fr' ? 'Jouer' : 'Play' }).click();
  await page.getByRole('button', { name: lang === 'fr' ? 'Passer et commencer' : 'Skip and start' }).click();
  await waitForPlay(page);
}

/**
 * Plays on with the keyboard (always the first choice) until a finished line holds a marked term.
 * A line being typed shows no term button yet: they come with the finished line.
 */
async function playToFirstTerm(page: Page): Promise<void> {
  for (let turn = 0; turn < 400; turn += 1) {
    const typing = await page.evaluate(() => {
      const current = document.querySelector('[role="log"] .current');
      return current?.querySelector('.untyped') ? current.querySelectorAll('.term-link').length : null;
    });
    if (typing !== null) expect(typing).toBe(0);
    else if ((await page.locator('[role="log"] .term-link').count()) > 0) return;
    const state = await playState(page);
    await page.keyboard.press(state.choices > 0 ? '1' : 'Enter');
  }
  throw new Error('no term was marked in the dialogue');
}

/** The open glossary: its heading, its terms in order, the entry marked current, and what has focus. */
async function glossaryShown(page: Page): Promise<{
  heading: string;
  terms: string[];
  current: string | null;
  focused: string;
  focusedTag: string;
}> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return page.evaluate(() => {
    const d = document.querySelector('dialog[open]');
    const active = document.activeElement;
    return {
      heading: d?.querySelector('h2')?.textContent ?? '',
      terms: [...(d?.querySelectorAll('.glossary-entry h3') ?? [])].map((e) => e.textContent),
      current: d?.querySelector('.glossary-entry.current h3')?.textContent ?? null,
      focused: active?.textContent ?? '',
      focusedTag: active?.tagName ?? '',
    };
  });
}

/** The dialogue log's markup and text, once no line is being typed. */
async function logShape(page: Page): Promise<{ html: string[]; terms: string[] }> {
  await page.locator('[role="log"] .untyped').waitFor({ state: 'detached' });
  return page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    return {
      // The entries' markup, read to compare (the game never writes HTML as a string).
      // eslint-disable-next-line no-restricted-syntax
      html: [...(log?.children ?? [])].map((e) => e.outerHTML),
      terms: [...(log?.querySelectorAll<HTMLElement>('.term-link') ?? [])].map((e) => e.dataset['term'] ?? ''),
    };
  });
}

describe('the glossary', () => {
  let game: GamePage;

  beforeEach(async () => {
    game = await openGame(baseURL);
  });

  afterEach(async () => {
    expect(game.errors).toEqual([]);
    expectOnlyLocal(game.requests, baseURL);
    await game.close();
  });

  it('opens from the play screen with the keyboard, in alphabetical order, and gives focus back on Escape', async () => {
    const { page } = game;
    await startDumas(page, 'fr');
    await tabTo(page, '.topbar .btn-glossary');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Glossaire');
    await page.keyboard.press('Enter');
    const shown = await glossaryShown(page);
    expect(shown.heading).toBe('Glossaire');
    expect(shown.focusedTag).toBe('H2');
    expect(shown.terms.length).toBeGreaterThanOrEqual(25);
    expect(shown.terms).toEqual([...shown.terms].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(shown.terms.slice(0, 2)).toEqual(['Anonymisation', 'Audit des partenariats']);
    const mediation = page.locator('#glossary-term-mediation');
    await mediation.scrollIntoViewIfNeeded();
    expect(await mediation.innerText()).toContain('Intervention d’un tiers neutre, accepté par les parties');
    expect(await mediation.innerText()).toContain('Dans le cours\u00a0: Gestion des conflits');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-play-fr');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('btn-glossary'))).toBe(true);
    // Escape closed the glossary only: the dialogue has not moved on.
    expect((await playState(page)).madeChoices).toBe(0);
  });

  it('opens a term marked in the dialogue at its definition, and a reload shows the same marked log', async () => {
    const { page } = game;
    await startDumas(page, 'fr');
    await playToFirstTerm(page);
    const live = await logShape(page);
    const first = live.terms[0] ?? '';
    expect(first).not.toBe('');
    // A term is marked once: its first appearance in the log.
    expect(new Set(live.terms).size).toBe(live.terms.length);

    await tabTo(page, `[role="log"] .term-link[data-term="${first}"]`);
    const button = page.locator(`[role="log"] .term-link[data-term="${first}"]`).first();
    expect(await button.getAttribute('aria-describedby')).toBe('term-hint');
    expect(await page.locator('#term-hint').textContent()).toBe('Ouvre sa définition dans le glossaire');
    await screenshot(page, 'glossary-term-in-line-fr');
    await page.keyboard.press('Enter');
    const shown = await glossaryShown(page);
    expect(shown.current).not.toBeNull();
    // Focus is on the term's own heading, which is in view.
    expect(shown.focusedTag).toBe('H3');
    expect(shown.focused).toBe(shown.current);
    await expect.poll(() => page.locator('.glossary-entry.current').isVisible()).toBe(true);
    expect(await page.locator(`#glossary-term-${first}`).getAttribute('class')).toContain('current');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-at-term-fr');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['term'])).toBe(first);

    // A reload puts back the log exactly as it was shown, its marked terms included.
    await page.reload();
    await page.getByRole('button', { name: /^Continuer/ }).click();
    await waitForPlay(page);
    const resumed = await logShape(page);
    expect(resumed.terms).toEqual(live.terms);
    expect(resumed.html).toEqual(live.html);
  }, 300_000);

  it('speaks English in English: the button, the terms, a marked term', async () => {
    const { page } = game;
    await startDumas(page, 'en');
    await playToFirstTerm(page);
    const marked = page.locator('[role="log"] .term-link').first();
    const word = (await marked.textContent()) ?? '';
    await tabTo(page, '.topbar .btn-glossary');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Glossary');
    await page.keyboard.press('Enter');
    const shown = await glossaryShown(page);
    expect(shown.heading).toBe('Glossary');
    expect(shown.terms).toContain('Mediation');
    expect(shown.terms).toContain('Mutual trust');
    expect(shown.terms).toEqual([...shown.terms].sort((a, b) => a.localeCompare(b, 'en')));
    expect(await page.locator('#glossary-term-mediation').innerText()).toContain('In the course: Conflict management');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-play-en');
    await page.keyboard.press('Escape');
    // The marked word is English, and opens its English entry.
    await marked.click();
    const at = await glossaryShown(page);
    expect(at.current?.toLowerCase()).toContain(word.toLowerCase().replace(/s$/, ''));
  }, 300_000);

  it('opens from the report, where each principle lists its terms as buttons', async () => {
    const { page } = game;
    await page.goto(baseURL);
    await page.evaluate((value) => {
      localStorage.setItem('passerelles:save:dumas', value);
    }, finishedDumasSave(storiesDir));
    await page.reload();
    await page.getByRole('button', { name: /^Continuer/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Rapport/ }).waitFor();

    await tabTo(page, '.report-toolbar .btn-glossary');
    await page.keyboard.press('Enter');
    const shown = await glossaryShown(page);
    expect(shown.heading).toBe('Glossaire');
    expect(shown.focusedTag).toBe('H2');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-report-fr');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('.report-toolbar') !== null)).toBe(true);

    // Under « Éthique », the terms of stories/glossary.json that list it, in alphabetical order.
    const ethique = page.locator('#principle-ethique .principle-terms');
    const names = await ethique.locator('.term-chip').allTextContents();
    expect(names).toContain('Secret professionnel partagé');
    expect(names).toContain('Consentement');
    expect(names).not.toContain('Médiation');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(await ethique.locator('.label').textContent()).toBe('Les termes du glossaire\u00a0:');
    await ethique.scrollIntoViewIfNeeded();
    await screenshot(page, 'glossary-report-principle-fr');
    await tabTo(page, '#principle-ethique .term-chip[data-term="secret_partage"]');
    await page.keyboard.press('Enter');
    const at = await glossaryShown(page);
    expect(at.current).toBe('Secret professionnel partagé');
    expect(at.focused).toBe('Secret professionnel partagé');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['term'])).toBe(
      'secret_partage',
    );
  });
});
