// The debrief on a projector: full screen where the browser allows it (else a dialog that fills the
// window), large type, one key decision per slide with the class's split, the course section and a
// question to discuss. Arrows, Space, Page Up/Down, Home and End step; Escape leaves. It is built from
// a summary made without names, and shows none.
import { ChevronLeft, ChevronRight, X } from 'lucide';
import type { Locale } from '../../engine/ids.ts';
import { PRINCIPLE_INFO } from '../../engine/principles.ts';
import { t } from '../../i18n/i18n.ts';
import type { ClassSummary } from '../../trainer/class-summary.ts';
import { debriefSlides, moveOfKey, step } from '../../trainer/debrief-plan.ts';
import type { Slide } from '../../trainer/debrief-plan.ts';
import type { Child } from '../dom.ts';
import { h, icon, Scope } from '../dom.ts';
import { levelsBar, levelName, principleName, shareBar } from './class-parts.ts';

export interface DebriefOptions {
  /** The module's title. */
  readonly title: string;
  readonly locale: Locale;
  /** Where focus goes back when the debrief closes. */
  readonly opener: HTMLElement;
}

export interface DebriefHandle {
  close(): void;
}

export function openDebrief(summary: ClassSummary, options: DebriefOptions): DebriefHandle {
  const { locale } = options;
  const scope = new Scope();
  const slides = debriefSlides(summary);
  let index = 0;

  const stage = h('div', { class: 'debrief-stage', 'aria-live': 'polite' });
  const position = h('p', { class: 'debrief-position' });
  const previous = h(
    'button',
    { type: 'button', class: 'btn btn-secondary btn-large' },
    icon(ChevronLeft),
    t('class.debriefView.previous'),
  );
  const next = h(
    'button',
    { type: 'button', class: 'btn btn-primary btn-large' },
    t('class.debriefView.next'),
    icon(ChevronRight),
  );
  const close = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-large' },
    icon(X),
    t('class.debriefView.close'),
  );
  const dialog = h(
    'dialog',
    { class: 'debrief', 'aria-label': t('class.debriefView.label'), lang: locale },
    stage,
    h(
      'div',
      { class: 'debrief-controls' },
      previous,
      position,
      next,
      h('p', { class: 'debrief-keys' }, t('class.debriefView.keys')),
      close,
    ),
  );

  const show = (): void => {
    const slide = slides[index];
    if (!slide) return;
    stage.replaceChildren(slideView(slide, summary, options));
    stage.dataset['slide'] = slide.kind === 'decision' ? slide.decision.id : slide.kind;
    stage.dataset['kind'] = slide.kind;
    position.textContent = t('class.debriefView.position', { index: index + 1, count: slides.length });
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
  };
  const go = (to: number): void => {
    if (to === index) return;
    index = to;
    show();
  };

  let enteredFullscreen = false;
  const finish = (): void => {
    if (scope.closed) return;
    scope.close();
    if (enteredFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    if (dialog.open) dialog.close();
    dialog.remove();
    options.opener.focus();
  };

  scope.on(previous, 'click', () => {
    go(step(index, 'previous', slides.length));
  });
  scope.on(next, 'click', () => {
    go(step(index, 'next', slides.length));
  });
  scope.on(close, 'click', finish);
  // Escape on a modal dialog cancels it: leave the debrief the same way as with the button.
  scope.on(dialog, 'cancel', (event) => {
    event.preventDefault();
    finish();
  });
  scope.on(dialog, 'keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Space and Enter on a focused button press that button.
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    const move = moveOfKey(event.key, event.shiftKey);
    if (move === null || move === 'close') return;
    event.preventDefault();
    go(step(index, move, slides.length));
  });

  document.body.append(dialog);
  dialog.showModal();
  // Full screen when the browser allows it; otherwise the dialog already fills the window.
  if (document.fullscreenEnabled) {
    document.documentElement.requestFullscreen().then(
      () => {
        enteredFullscreen = true;
      },
      () => undefined,
    );
  }
  show();
  dialog.focus();
  return { close: finish };
}

function slideView(slide: Slide, summary: ClassSummary, options: DebriefOptions): HTMLElement {
  const { locale } = options;
  switch (slide.kind) {
    case 'opening':
      return h(
        'section',
        { class: 'slide slide-opening' },
        h('h2', {}, t('class.debriefView.openingTitle', { module: options.title })),
        h(
          'p',
          { class: 'slide-lead' },
          summary.counted === 0
            ? t('class.debriefView.noReports')
            : t('class.debriefView.opening', { count: slide.counted, keys: slide.keys }),
        ),
        h('p', { class: 'slide-hint' }, t('class.debriefView.keys')),
      );
    case 'decision': {
      const { decision, principle } = slide;
      const question =
        principle === null ? t('class.questions.general') : t(`class.questions.${principle}.${slide.question}`);
      return h(
        'section',
        { class: 'slide slide-decision' },
        h('p', { class: 'slide-kicker' }, t('class.debriefView.decisionTitle', { number: slide.number, of: slide.of })),
        h('h2', { class: 'slide-prompt' }, decision.prompt[locale]),
        h(
          'div',
          { class: 'slide-columns' },
          h(
            'div',
            { class: 'slide-split' },
            h('h3', {}, t('class.debriefView.split')),
            h(
              'ul',
              { class: 'slide-options' },
              ...decision.options.map((o) =>
                h(
                  'li',
                  { class: o.good ? 'slide-option option-good' : 'slide-option' },
                  h(
                    'span',
                    { class: 'slide-option-label' },
                    o.label[locale],
                    o.good ? h('span', { class: 'tag-good' }, ` (${t('class.decisions.good')})`) : null,
                  ),
                  shareBar(
                    o.share,
                    t('class.decisions.shareValue', { count: o.count, share: o.share }),
                    o.good ? 'share-good' : '',
                  ),
                ),
              ),
            ),
          ),
          h(
            'div',
            { class: 'slide-talk' },
            principle === null
              ? null
              : h(
                  'div',
                  { class: 'slide-course' },
                  h('h3', {}, t('class.debriefView.course')),
                  h(
                    'p',
                    {},
                    h('strong', {}, principleName(principle, locale)),
                    h('br'),
                    PRINCIPLE_INFO[principle].section[locale],
                  ),
                ),
            h('div', { class: 'slide-question' }, h('h3', {}, t('class.debriefView.question')), h('p', {}, question)),
          ),
        ),
      );
    }
    case 'closing':
      return h(
        'section',
        { class: 'slide slide-closing' },
        h('h2', {}, t('class.debriefView.closingTitle')),
        h('p', { class: 'slide-hint' }, t('class.debriefView.closingIntro')),
        h(
          'ul',
          { class: 'slide-principles' },
          ...slide.principles.map((p): Child =>
            h(
              'li',
              {},
              h('span', { class: 'slide-principle-name' }, principleName(p.id, locale)),
              h(
                'span',
                { class: 'slide-principle-median' },
                p.median === null ? '—' : t('class.percent', { value: Math.round(p.median) }),
              ),
              levelsBar(p),
              h(
                'span',
                { class: 'slide-principle-levels' },
                p.levels.map((l) => `${levelName(l.level)} ${t('class.percent', { value: l.share })}`).join(' · '),
              ),
            ),
          ),
        ),
      );
  }
}
