// The production build carries its Content-Security-Policy, and the game runs under it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CMI5_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import type { GamePage } from './helpers.ts';
import { openGame } from './helpers.ts';

const baseURL = inject('baseURL');

/** The policies of the page's <meta http-equiv> elements (the global setup built dist/ for this run). */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/giu)].map(
    (m) => m[1] ?? '',
  );
}

describe('the Content-Security-Policy', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGame(baseURL);
  });

  afterAll(async () => {
    await game.close();
  });

  it('is in the built index.html, before any script', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(metaPolicies(html)).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    // Only the cmi5 package connects beyond its own origin (to the LRS its launch names).
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    expect(CMI5_CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https: http:;");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('is the page’s policy, and the title and its map load without breaking it', async () => {
    const { page } = game;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(baseURL);
    await page.locator('canvas[data-mode="title"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Jouer' }).waitFor();
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    );
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(game.errors).toEqual([]);
  });
});
