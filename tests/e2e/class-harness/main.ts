// A page that mounts the class dashboard on a class given by the test (real replayed playthroughs built
// in Node), the way the trainer screen mounts it, to drive it in Chromium.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '../../../src/ui/styles/main.css';
import '../../../src/ui/styles/print.css';
import type { Locale } from '../../../src/engine/ids.ts';
import type { Scenario } from '../../../src/engine/world.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import type { ClassEntryInput, DecisionMapInput } from '../../../src/trainer/class-summary.ts';
import { h, Scope } from '../../../src/ui/dom.ts';
import { renderDashboard } from '../../../src/ui/trainer/dashboard.ts';

export interface HarnessClass {
  readonly locale: Locale;
  readonly scenario: Scenario;
  readonly map: DecisionMapInput;
  readonly entries: readonly ClassEntryInput[];
}

declare global {
  interface Window {
    classHarness: { mount(data: HarnessClass): void; announced: string[] };
  }
}

let scope = new Scope();
const announced: string[] = [];

window.classHarness = {
  announced,
  mount(data) {
    scope.close();
    scope = new Scope();
    initI18n(data.locale);
    document.documentElement.lang = data.locale;
    document.documentElement.classList.add('legible-font', 'reduced-motion');
    const ctx = {
      scenarios: [{ scenario: data.scenario, decisions: () => Promise.resolve(data.map) }],
      settings: { getState: () => ({ locale: data.locale }) },
      announce: (message: string) => announced.push(message),
      now: () => new Date('2026-12-02T10:00:00Z'),
    };
    const dashboard = renderDashboard(ctx, data.entries, { scope });
    document
      .getElementById('app')
      ?.replaceChildren(
        h(
          'main',
          { class: 'screen screen-menu', id: 'main' },
          h('div', { class: 'panel panel-wide' }, h('h1', {}, 'Passerelles'), dashboard),
        ),
      );
  },
};
document.body.dataset['ready'] = 'true';
