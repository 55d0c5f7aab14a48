// Session links: the trainer picks a module, a language and a session code, and gets the link the
// game reads (`?module=dumas&lang=en&session=BTS-A`, on this page's own address) and its QR code to
// project. The QR code is drawn by the `qr` package (the one the hand-in codes use) as SVG, shown as an
// image with a text label: it stays sharp at any size on a projector.
import { Copy } from 'lucide';
import { encodeQR } from 'qr';
import { LOCALES } from '../../engine/ids.ts';
import type { Locale } from '../../engine/ids.ts';
import { t } from '../../i18n/i18n.ts';
import { cleanText, SESSION_CODE_MAX } from '../../state/learner.ts';
import type { Scope } from '../dom.ts';
import { h, icon } from '../dom.ts';
import type { DashboardContext } from './dashboard.ts';

/** The link that opens `module` in `lang` with the session code filled in, on the address `base`. */
export function sessionLink(base: string, module: string, lang: Locale, session: string): string {
  const url = new URL(base);
  url.hash = '';
  url.search = '';
  url.searchParams.set('module', module);
  url.searchParams.set('lang', lang);
  const code = cleanText(session, SESSION_CODE_MAX);
  if (code !== '') url.searchParams.set('session', code);
  return url.toString();
}

export function renderSessionLink(ctx: DashboardContext, scope: Scope): HTMLElement {
  const locale = ctx.settings.getState().locale;
  const moduleSelect = h(
    'select',
    { id: 'link-module' },
    ...ctx.scenarios.map((m) => h('option', { value: m.scenario.id }, m.scenario.title[locale])),
  );
  const langSelect = h(
    'select',
    { id: 'link-lang' },
    ...LOCALES.map((l) => h('option', { value: l, selected: l === locale, lang: l }, t(`class.link.${l}`))),
  );
  const codeInput = h('input', {
    type: 'text',
    id: 'link-code',
    maxlength: SESSION_CODE_MAX,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'link-code-hint',
  });
  const output = h('input', { type: 'text', id: 'link-url', readonly: true, class: 'link-url' });
  const copy = h('button', { type: 'button', class: 'btn btn-secondary' }, icon(Copy), t('class.link.copy'));
  const qr = h('img', { class: 'link-qr', alt: t('class.link.qr'), width: 240, height: 240 });
  const qrError = h('p', { class: 'link-qr-error', hidden: true }, t('class.link.qrFailed'));

  const update = (): void => {
    const lang = LOCALES.find((l) => l === langSelect.value) ?? locale;
    const link = sessionLink(window.location.href, moduleSelect.value, lang, codeInput.value);
    output.value = link;
    try {
      const svg = encodeQR(link, 'svg', { ecc: 'medium', border: 4 });
      qr.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      qr.dataset['link'] = link;
      qr.hidden = false;
      qrError.hidden = true;
    } catch (error) {
      console.error(error);
      qr.hidden = true;
      qrError.hidden = false;
    }
  };

  for (const control of [moduleSelect, langSelect]) scope.on(control, 'change', update);
  scope.on(codeInput, 'input', update);
  scope.on(output, 'focus', () => {
    output.select();
  });
  scope.on(copy, 'click', () => {
    navigator.clipboard.writeText(output.value).then(
      () => {
        ctx.announce(t('class.link.copied'));
      },
      () => {
        output.focus();
        ctx.announce(t('class.link.copyFailed'));
      },
    );
  });
  update();

  return h(
    'section',
    { class: 'session-link no-print', 'aria-labelledby': 'link-heading' },
    h('h3', { id: 'link-heading' }, t('class.link.heading')),
    h('p', {}, t('class.link.intro')),
    h(
      'div',
      { class: 'link-layout' },
      h(
        'div',
        { class: 'link-form' },
        h('div', { class: 'field' }, h('label', { for: 'link-module' }, t('class.link.module')), moduleSelect),
        h('div', { class: 'field' }, h('label', { for: 'link-lang' }, t('class.link.language')), langSelect),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'link-code' }, t('class.link.code')),
          codeInput,
          h('p', { class: 'hint', id: 'link-code-hint' }, t('class.link.codeHint')),
        ),
        h('div', { class: 'field link-field' }, h('label', { for: 'link-url' }, t('class.link.url')), output, copy),
      ),
      h('figure', { class: 'link-figure' }, qr, qrError),
    ),
  );
}
