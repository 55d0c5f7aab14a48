// Feedback when trust changes or evidence is earned or lost: a short note on screen (still when
// reduced motion is on) and the same words in a polite live region.
import { TrendingDown, TrendingUp } from 'lucide';
import type { Locale } from '../../engine/ids.ts';
import { PRINCIPLE_INFO } from '../../engine/principles.ts';
import { nameOf } from '../../engine/world.ts';
import { splitName } from '../../map/layout.ts';
import type { Scenario } from '../../engine/world.ts';
import { t } from '../../i18n/i18n.ts';
import type { Feedback } from '../../state/play-store.ts';
import { h, icon } from '../dom.ts';
import { signed } from '../format.ts';

export function feedbackText(item: Feedback, scenario: Scenario, locale: Locale): string {
  if (item.kind === 'trust') {
    return t('feedback.trust', {
      name: splitName(nameOf(scenario, item.partner, locale)).organisation,
      delta: signed(item.delta),
      value: item.value,
    });
  }
  return t(item.points >= 0 ? 'feedback.evidenceUp' : 'feedback.evidenceDown', {
    principle: PRINCIPLE_INFO[item.principle].name[locale],
    points: signed(item.points),
  });
}

const TOAST_MS = 5000;
const MAX_TOASTS = 3;

export class FeedbackBoard {
  readonly el: HTMLElement = h('div', { class: 'toasts', 'aria-hidden': 'true' });
  readonly live: HTMLElement = h('div', { class: 'visually-hidden', role: 'status' });
  private readonly timers = new Set<number>();

  show(items: readonly Feedback[], scenario: Scenario, locale: Locale): void {
    if (items.length === 0) return;
    const texts = items.map((item) => feedbackText(item, scenario, locale));
    this.live.textContent = texts.join(' ');
    for (const [i, item] of items.entries()) {
      const up = item.kind === 'trust' ? item.delta > 0 : item.points >= 0;
      const toast = h(
        'p',
        { class: `toast ${up ? 'up' : 'down'} toast-${item.kind}` },
        icon(up ? TrendingUp : TrendingDown, 18),
        h('span', {}, texts[i] ?? ''),
      );
      this.el.prepend(toast);
      const timer = window.setTimeout(() => {
        toast.classList.add('leaving');
        const gone = window.setTimeout(() => {
          toast.remove();
          this.timers.delete(gone);
        }, 400);
        this.timers.add(gone);
        this.timers.delete(timer);
      }, TOAST_MS);
      this.timers.add(timer);
    }
    while (this.el.childElementCount > MAX_TOASTS) this.el.lastElementChild?.remove();
  }

  destroy(): void {
    for (const timer of this.timers) window.clearTimeout(timer);
    this.timers.clear();
  }
}
