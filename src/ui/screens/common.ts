// Pieces shared by the menu screens: the back button and the panel they sit in.
import { ArrowLeft, Settings as SettingsIcon } from 'lucide';
import { t } from '../../i18n/i18n.ts';
import type { AppContext } from '../app-context.ts';
import type { Child } from '../dom.ts';
import { buttonLabel, h, icon } from '../dom.ts';
import type { Scope } from '../dom.ts';

export function backButton(scope: Scope, label: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'btn btn-ghost' }, icon(ArrowLeft), label);
  scope.on(button, 'click', onClick);
  return button;
}

export function settingsButton(ctx: AppContext, scope: Scope): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-settings' },
    icon(SettingsIcon),
    buttonLabel(t('title.settings')),
  );
  scope.on(button, 'click', () => {
    ctx.openSettings(button);
  });
  return button;
}

/** The bar of a menu screen: back to where the learner came from, and the settings. */
export function menuBar(ctx: AppContext, scope: Scope, backLabel: string, onBack: () => void): Child[] {
  return [backButton(scope, backLabel, onBack), settingsButton(ctx, scope)];
}

/** A menu screen: a bar with back and settings, then a readable panel. */
export function menuScreen(
  className: string,
  bar: readonly Child[],
  heading: HTMLHeadingElement,
  ...content: readonly Child[]
): HTMLElement {
  return h(
    'main',
    { class: `screen screen-menu ${className}`, id: 'main' },
    h('div', { class: 'panel' }, h('div', { class: 'panel-bar' }, ...bar), heading, ...content),
  );
}
