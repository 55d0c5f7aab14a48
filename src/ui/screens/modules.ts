// The module list, built from the scenarios in stories/ (never hard-coded).
import { Clock, Play, StepForward } from 'lucide';
import { PRINCIPLE_INFO } from '../../engine/principles.ts';
import { t } from '../../i18n/i18n.ts';
import type { AppContext, Screen } from '../app-context.ts';
import { h, icon, Scope } from '../dom.ts';
import { menuBar, menuScreen } from './common.ts';

export function createModulesScreen(ctx: AppContext): Screen {
  const scope = new Scope();
  const locale = ctx.settings.getState().locale;
  const saves = new Map(ctx.saves().map((s) => [s.module, s]));
  const heading = h('h1', { tabindex: -1 }, t('modules.heading'));

  const cards = ctx.scenarios.map((entry) => {
    const { scenario } = entry;
    const id = `module-${scenario.id}`;
    const save = saves.get(scenario.id);
    // Each button names its module (WCAG 2.4.6): a list of "Start" buttons says nothing out of context.
    const module = { module: scenario.title[locale] };
    const start = h(
      'button',
      { type: 'button', class: save ? 'btn btn-secondary' : 'btn btn-primary' },
      icon(Play),
      save ? t('modules.restart', module) : t('modules.start', module),
    );
    scope.on(start, 'click', () => {
      ctx.newGame(entry);
    });
    let resume: HTMLElement | null = null;
    if (save) {
      resume = h(
        'button',
        { type: 'button', class: 'btn btn-primary' },
        icon(StepForward),
        save.finishedAt === null ? t('modules.resume', module) : t('modules.seeReport', module),
      );
      scope.on(resume, 'click', () => {
        void ctx.resume(save);
      });
    }
    return h(
      'li',
      { class: 'module-card', id },
      h('h2', {}, scenario.title[locale]),
      h('p', { class: 'module-meta' }, icon(Clock, 16), t('modules.minutes', { count: scenario.minutes })),
      h('p', {}, scenario.summary[locale]),
      h(
        'p',
        { class: 'module-principles' },
        h('span', { class: 'label' }, t('modules.principles')),
        ' ',
        scenario.principles.map((p) => PRINCIPLE_INFO[p].name[locale]).join(' · '),
      ),
      h('div', { class: 'button-row' }, resume, start),
    );
  });

  const root = menuScreen(
    'screen-modules',
    menuBar(ctx, scope, t('common.backToTitle'), () => {
      ctx.go({ name: 'title' });
    }),
    heading,
    h('p', { class: 'lead' }, t('modules.intro')),
    cards.length > 0
      ? h('ul', { class: 'module-list', role: 'list' }, ...cards)
      : h('p', { class: 'notice notice-info' }, t('modules.none')),
  );

  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      heading.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}
