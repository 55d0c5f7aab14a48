// What shows when a screen cannot be loaded (its part of the game did not arrive: a network
// failure, an update half-deployed): what happened, a way to try again, and the way back to the
// title. It is part of the first chunk, so that it shows when later chunks cannot be loaded.
import { House, RotateCcw, TriangleAlert } from 'lucide';
import { t } from '../../i18n/i18n.ts';
import type { AppContext, Screen } from '../app-context.ts';
import { h, icon, Scope } from '../dom.ts';

export function createFailureScreen(ctx: AppContext, retry: () => void): Screen {
  const scope = new Scope();
  const heading = h('h1', { tabindex: -1 }, icon(TriangleAlert), t('failure.heading'));
  const again = h('button', { type: 'button', class: 'btn btn-primary' }, icon(RotateCcw), t('failure.retry'));
  scope.on(again, 'click', retry);
  const home = h('button', { type: 'button', class: 'btn btn-secondary' }, icon(House), t('failure.title'));
  scope.on(home, 'click', () => {
    ctx.go({ name: 'title' });
  });
  const root = h(
    'main',
    { class: 'screen screen-menu screen-failure', id: 'main' },
    h(
      'div',
      { class: 'panel', role: 'alert' },
      heading,
      h('p', {}, t('failure.body')),
      h('p', {}, t('failure.kept')),
      h('div', { class: 'button-row' }, again, home),
    ),
  );
  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      again.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}
