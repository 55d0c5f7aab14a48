// Real Chromium (Debian's package) driven by playwright-core, with a fresh profile each time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Session {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface BrowserOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Device pixels per CSS pixel (2: a high-density screen). */
  deviceScaleFactor?: number;
  /**
   * The offline service worker: blocked unless a test is about it, so that the other tests see
   * only the requests the game itself makes (not the worker precaching the whole build).
   */
  serviceWorkers?: 'allow' | 'block';
}

export async function openBrowser(options: BrowserOptions = {}): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'passerelles-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? 'block',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
