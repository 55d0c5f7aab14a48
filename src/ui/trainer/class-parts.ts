// Pieces shared by the class dashboard and the debrief: bars that always carry their number as text,
// the effect of an option in words, names of principles and levels.
import type { Locale, PrincipleId } from '../../engine/ids.ts';
import { PRINCIPLES } from '../../engine/ids.ts';
import { PRINCIPLE_INFO } from '../../engine/principles.ts';
import type { Level } from '../../engine/principles.ts';
import { t } from '../../i18n/i18n.ts';
import type { OptionSummary, PrincipleSummary } from '../../trainer/class-summary.ts';
import type { Child } from '../dom.ts';
import { h } from '../dom.ts';
import { signed } from '../format.ts';

export function principleName(id: PrincipleId, locale: Locale): string {
  return PRINCIPLE_INFO[id].name[locale];
}

export function levelName(level: Level): string {
  return t(`levels.${level}`);
}

/** "+1 Confiance mutuelle, −2 Confidentialité…" in the principles' own order; "none" when nothing counts. */
export function effectText(
  evidence: OptionSummary['evidence'],
  locale: Locale,
  none: string = t('class.decisions.noEffect'),
): string {
  const parts = PRINCIPLES.flatMap((p) => {
    const points = evidence[p] ?? 0;
    return points === 0 ? [] : [`${signed(points)} ${principleName(p, locale)}`];
  });
  return parts.length === 0 ? none : parts.join(', ');
}

/**
 * Sets a width from script: the Content-Security-Policy (style-src 'self') refuses `style` attributes
 * written into the page, but not the style object.
 */
function widthOf(el: HTMLElement, percent: number): HTMLElement {
  el.style.width = `${percent}%`;
  return el;
}

/** A horizontal bar for a share of the class, with the figure written beside it (the bar alone says nothing). */
export function shareBar(share: number, label: string, className = ''): HTMLElement {
  return h(
    'span',
    { class: `share ${className}` },
    h(
      'span',
      { class: 'share-track', 'aria-hidden': 'true' },
      widthOf(h('span', { class: 'share-fill' }), Math.max(0, Math.min(100, share))),
    ),
    h('span', { class: 'share-text' }, label),
  );
}

/**
 * The four levels of a principle as one stacked bar; each segment is labelled with its level's initial
 * and share when it is wide enough, and is patterned as well as coloured. Decorative: the table beside it
 * has the figures.
 */
export function levelsBar(summary: PrincipleSummary): HTMLElement {
  return h(
    'span',
    { class: 'levels-bar', 'aria-hidden': 'true' },
    ...summary.levels.map((l): Child =>
      l.share === 0
        ? null
        : widthOf(
            h(
              'span',
              { class: `levels-segment segment-${l.level}` },
              l.share >= 12 ? t('class.percent', { value: l.share }) : null,
            ),
            l.share,
          ),
    ),
  );
}

/** The key to the stacked bars' colours and patterns. */
export function levelsLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'levels-legend', 'aria-hidden': 'true' },
    ...(['non_acquis', 'en_cours', 'acquis', 'maitrise'] as const).map((level) =>
      h('li', {}, h('span', { class: `legend-swatch segment-${level}` }), levelName(level)),
    ),
  );
}
