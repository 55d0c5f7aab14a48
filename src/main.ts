// Entry point: settings from the device (and the URL), i18n, then the application shell.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/styles/main.css';
import './ui/styles/print.css';
import { scenarios } from 'virtual:passerelles/scenarios';
import { isOneOf, LOCALES } from './engine/ids.ts';
import { initI18n } from './i18n/i18n.ts';
import { cleanText, SESSION_CODE_MAX } from './state/learner.ts';
import { packageTarget } from './lms/target.ts';
import { createSettingsStore } from './state/settings.ts';
import { deviceStorage } from './state/storage.ts';
import { keepGameOffline } from './offline/service-worker.ts';
import { App } from './ui/app.ts';
import { showUpdateNotice } from './ui/update-notice.ts';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') ?? '';
// A package for a learning platform is built for one module and one platform.
const target = packageTarget(import.meta.env.VITE_LMS, import.meta.env.VITE_MODULE);
const module = target?.module ?? params.get('module') ?? '';
const available = target ? scenarios.filter((e) => e.scenario.id === target.module) : scenarios;

const { storage, persistent } = deviceStorage();
const settings = createSettingsStore(
  storage,
  { prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches },
  isOneOf(LOCALES, lang) ? { locale: lang } : {},
);
initI18n(settings.getState().locale);

const root = document.getElementById('app');
if (root) {
  const app = new App(
    root,
    settings,
    storage,
    persistent,
    available,
    {
      module: available.some((e) => e.scenario.id === module) ? module : null,
      session: cleanText(params.get('session') ?? '', SESSION_CODE_MAX),
      trainer: params.has('trainer'),
    },
    // Phaser is big: the map loads in its own chunk, after the title menu is usable.
    () => import('./scenes/world.ts').then((m) => m.mountWorld),
  );
  if (target) void import('./lms/launch.ts').then((lms) => lms.launchInPlatform(app, target));
  else {
    app.start();
    keepGameOffline((apply) => {
      showUpdateNotice(document.body, apply, (message) => {
        app.announce(message);
      });
    });
  }
}
