// The settings dialog (a native modal <dialog>: Escape or the close button leave it, focus returns
// to the button that opened it). Every change applies at once and is kept on the device.
import { LOCALES } from '../engine/ids.ts';
import { t } from '../i18n/i18n.ts';
import type { SettingsStore, TextSpeed } from '../state/settings.ts';
import { TEXT_SCALE_MAX, TEXT_SCALE_MIN, TEXT_SCALE_STEP, TEXT_SPEEDS, updateSettings } from '../state/settings.ts';
import { dialogCloseButtons, h, Scope } from './dom.ts';

const LANGUAGE_NAMES = { fr: 'Français', en: 'English' } as const;

export class SettingsDialog {
  private readonly dialog: HTMLDialogElement;
  private scope = new Scope();
  private opener: HTMLElement | null = null;

  constructor(
    parent: HTMLElement,
    private readonly settings: SettingsStore,
  ) {
    this.dialog = h('dialog', { class: 'settings-dialog', 'aria-labelledby': 'settings-heading' });
    this.dialog.addEventListener('close', () => {
      this.opener?.focus();
      this.opener = null;
    });
    parent.append(this.dialog);
  }

  contains(node: Node): boolean {
    return this.dialog.contains(node);
  }

  open(opener: HTMLElement): void {
    this.opener = opener;
    this.render();
    this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>('input:checked, input')?.focus();
  }

  /** Rebuilds the labels in the new language, keeping focus on the same control. */
  relabel(): void {
    if (!this.dialog.open) return;
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    this.render();
    if (focusedId !== '') document.getElementById(focusedId)?.focus();
  }

  private render(): void {
    this.scope.close();
    this.scope = new Scope();
    const scope = this.scope;
    const s = this.settings.getState();

    const languages = h(
      'fieldset',
      { class: 'field-group' },
      h('legend', {}, t('settings.language')),
      ...LOCALES.map((locale) => {
        const input = h('input', {
          type: 'radio',
          name: 'settings-language',
          id: `settings-language-${locale}`,
          value: locale,
          checked: s.locale === locale,
        });
        scope.on(input, 'change', () => {
          if (input.checked) updateSettings(this.settings, { locale });
        });
        return h('label', { class: 'choice-row', lang: locale }, input, LANGUAGE_NAMES[locale]);
      }),
    );

    const scaleOutput = h(
      'output',
      { id: 'settings-text-size-value', for: 'settings-text-size' },
      t('common.percent', { value: s.textScale }),
    );
    const scale = h('input', {
      type: 'range',
      id: 'settings-text-size',
      min: TEXT_SCALE_MIN,
      max: TEXT_SCALE_MAX,
      step: TEXT_SCALE_STEP,
      value: s.textScale,
      'aria-valuetext': t('common.percent', { value: s.textScale }),
    });
    scope.on(scale, 'input', () => {
      const value = Number(scale.value);
      scaleOutput.textContent = t('common.percent', { value });
      scale.setAttribute('aria-valuetext', t('common.percent', { value }));
      updateSettings(this.settings, { textScale: value });
    });

    const toggle = (
      id: string,
      label: string,
      hint: string,
      checked: boolean,
      set: (v: boolean) => void,
    ): HTMLElement => {
      const input = h('input', { type: 'checkbox', id, checked, 'aria-describedby': `${id}-hint` });
      scope.on(input, 'change', () => {
        set(input.checked);
      });
      return h(
        'div',
        { class: 'toggle-row' },
        input,
        h('label', { for: id }, label),
        h('p', { class: 'hint', id: `${id}-hint` }, hint),
      );
    };

    const speeds = h(
      'fieldset',
      { class: 'field-group' },
      h('legend', {}, t('settings.textSpeed')),
      ...TEXT_SPEEDS.map((speed: TextSpeed) => {
        const input = h('input', {
          type: 'radio',
          name: 'settings-speed',
          id: `settings-speed-${speed}`,
          value: speed,
          checked: s.textSpeed === speed,
        });
        scope.on(input, 'change', () => {
          if (input.checked) updateSettings(this.settings, { textSpeed: speed });
        });
        return h('label', { class: 'choice-row' }, input, t(`settings.speeds.${speed}`));
      }),
    );

    const { close, closeCorner } = dialogCloseButtons(scope, this.dialog, t('common.close'));

    this.dialog.replaceChildren(
      h(
        'div',
        { class: 'dialog-body' },
        closeCorner,
        h('h2', { id: 'settings-heading' }, t('settings.heading')),
        h('p', { class: 'hint' }, t('settings.intro')),
        languages,
        h(
          'div',
          { class: 'field-group' },
          h('label', { for: 'settings-text-size', class: 'field-label' }, t('settings.textSize')),
          h('div', { class: 'range-row' }, scale, scaleOutput),
        ),
        toggle('settings-contrast', t('settings.highContrast'), t('settings.highContrastHint'), s.highContrast, (v) => {
          updateSettings(this.settings, { highContrast: v });
        }),
        toggle(
          'settings-motion',
          t('settings.reducedMotion'),
          t('settings.reducedMotionHint'),
          s.reducedMotion,
          (v) => {
            updateSettings(this.settings, { reducedMotion: v });
          },
        ),
        toggle('settings-font', t('settings.legibleFont'), t('settings.legibleFontHint'), s.legibleFont, (v) => {
          updateSettings(this.settings, { legibleFont: v });
        }),
        speeds,
        h('div', { class: 'dialog-actions' }, close),
      ),
    );
  }
}
