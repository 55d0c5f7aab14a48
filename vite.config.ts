import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { passerellesStories } from './src/build/ink-plugin.ts';

/** Only the page's own origin: no inline script, no eval, nothing fetched from elsewhere. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy("connect-src 'self'");

/**
 * A cmi5 package talks to the LRS its LMS names at launch, which no build can know: its policy lets
 * it connect over HTTP(S), and the game narrows that at launch to the origins of the launch's
 * `endpoint` and `fetch` (src/lms/connect-policy.ts adds a second policy; policies only tighten).
 */
export const CMI5_CONTENT_SECURITY_POLICY = contentSecurityPolicy("connect-src 'self' https: http:");

function contentSecurityPolicy(connect: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    connect,
    "media-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export default defineConfig({
  plugins: [
    // A package build (`npm run package:scorm`) carries only its module's scenario.
    passerellesStories({ only: process.env['VITE_LMS'] === undefined ? undefined : process.env['VITE_MODULE'] }),
    {
      name: 'passerelles-csp',
      // Vite's dev server injects its own client; the policy applies to the production build.
      apply: 'build',
      transformIndexHtml: (html: string) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${process.env['VITE_LMS'] === 'cmi5' ? CMI5_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY}" />`,
        ),
    },
    // Offline after the first visit: a Workbox service worker precaches every file of the build
    // (chunks, fonts, stories). It is registered from src/offline/service-worker.ts, not by an
    // inline script (the policy above forbids those), and a new version waits for the learner.
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff,woff2,svg,png,webp,json}'],
        // Phaser's chunk is about 1.2 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit is served by the worker as soon as it is installed: if the Wi-Fi fails
        // during that first session, the chunks still to come (play, report, map) are on the device.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Phaser alone is about 1.2 MB minified (346 KB gzip): it sits in its own cached chunk, loaded after the menu.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
  test: {
    // @xapi/cmi5 names only its browser and module builds, which Node's resolution does not read.
    alias: { '@xapi/cmi5': '@xapi/cmi5/dist/Cmi5.esm.js' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/stories/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
