// The glossary (a native modal <dialog>, as the settings): every term in the alphabetical order of
// the current language, with its definition and the course section it comes from. Opened at one
// term, it shows that term's entry and moves focus to it; Escape or the close buttons leave it, and
// focus returns to the button that opened it.
import { BookA } from 'lucide';
import glossaryData from '../../stories/glossary.json';
import { alphabetical, parseGlossary } from '../content/glossary.ts';
import type { Glossary, GlossaryTerm } from '../content/glossary.ts';
import type { Locale } from '../engine/ids.ts';
import { t } from '../i18n/i18n.ts';
import { buttonLabel, dialogCloseButtons, h, icon, Scope } from './dom.ts';

export const GLOSSARY: Glossary = parseGlossary(glossaryData);

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return GLOSSARY.terms.find((term) => term.id === id);
}

const entryId = (id: string): string => `glossary-term-${id}`;

export class GlossaryDialog {
  readonly el: HTMLDialogElement;
  private scope = new Scope();
  private opener: HTMLElement | null = null;

  constructor(private readonly locale: () => Locale) {
    this.el = h('dialog', { class: 'app-dialog glossary-dialog', 'aria-labelledby': 'glossary-heading' });
    this.el.addEventListener('close', () => {
      this.scope.close();
      this.opener?.focus();
      this.opener = null;
    });
  }

  /** Opens the glossary; at `termId`, that entry is scrolled to and focused. */
  open(opener: HTMLElement, termId?: string): void {
    this.opener = opener;
    this.render(termId);
    if (!this.el.open) this.el.showModal();
    const target = termId === undefined ? null : this.el.querySelector<HTMLElement>(`#${entryId(termId)} h3`);
    const focus = target ?? this.el.querySelector<HTMLElement>('#glossary-heading');
    focus?.focus();
    focus?.scrollIntoView({ block: termId === undefined ? 'nearest' : 'center' });
  }

  close(): void {
    this.el.close();
  }

  private render(current: string | undefined): void {
    this.scope.close();
    this.scope = new Scope();
    const locale = this.locale();
    const { close, closeCorner } = dialogCloseButtons(this.scope, this.el, t('common.close'));
    const entries = alphabetical(GLOSSARY, locale).map((term) => {
      const words = term[locale];
      return h(
        'li',
        {
          id: entryId(term.id),
          class: term.id === current ? 'glossary-entry current' : 'glossary-entry',
          lang: locale,
        },
        h('h3', { tabindex: -1 }, words.term),
        h('p', { class: 'glossary-definition' }, words.definition),
        h(
          'p',
          { class: 'glossary-source hint' },
          h('span', { class: 'label' }, t('glossary.source')),
          ' ',
          words.source,
        ),
      );
    });
    this.el.replaceChildren(
      h(
        'div',
        { class: 'dialog-body' },
        closeCorner,
        h('h2', { id: 'glossary-heading', tabindex: -1 }, t('glossary.heading')),
        h('p', { class: 'hint' }, t('glossary.intro')),
        h('ul', { class: 'glossary-list', role: 'list', 'aria-label': t('glossary.termsList') }, ...entries),
        h('div', { class: 'dialog-actions' }, close),
      ),
    );
  }
}

/** A term inside a line or a list: a button that opens its definition in the glossary. */
export function termButton(
  scope: Scope,
  dialog: GlossaryDialog,
  id: string,
  label: string,
  hintId: string,
  className = 'term-link',
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: className, 'data-term': id, 'aria-describedby': hintId }, label);
  scope.on(button, 'click', () => {
    dialog.open(button, id);
  });
  return button;
}

/** The « Glossaire » button of a screen's bar. */
export function glossaryButton(scope: Scope, dialog: GlossaryDialog): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-glossary' },
    icon(BookA),
    buttonLabel(t('glossary.open')),
  );
  scope.on(button, 'click', () => {
    dialog.open(button);
  });
  return button;
}
