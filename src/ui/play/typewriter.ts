// Reveals a line letter by letter, for the eyes only: assistive technology gets the whole line at
// once (a visually hidden copy), and the letters being revealed are hidden from it. Once the line
// is complete, the element holds what `fill` puts in it (the line's text, its glossary terms as
// buttons), exactly as a line put back without typing does.
import { h } from '../dom.ts';

export class Typewriter {
  private frame = 0;
  private done: (() => void) | null = null;
  /** The element being typed into, while typing. */
  private el: HTMLElement | null = null;
  private fill: (el: HTMLElement) => void = () => undefined;

  get running(): boolean {
    return this.el !== null;
  }

  /**
   * Reveals `value` in `el` at `charsPerSecond` (Infinity: at once), then lets `fill` put the
   * finished line in it (by default the text alone). Calls `onDone` when all is shown.
   */
  type(
    el: HTMLElement,
    value: string,
    charsPerSecond: number,
    onDone: () => void,
    fill: (el: HTMLElement) => void = (target) => {
      target.append(value);
    },
  ): void {
    this.finish();
    if (!Number.isFinite(charsPerSecond) || charsPerSecond <= 0) {
      fill(el);
      onDone();
      return;
    }
    // The line takes its full room from the start (the part not yet revealed is transparent), so
    // nothing reflows and the log scrolls once.
    const visible = h('span', { 'aria-hidden': 'true' });
    const rest = h('span', { 'aria-hidden': 'true', class: 'untyped' }, value);
    el.append(h('span', { class: 'visually-hidden' }, value), visible, rest);
    this.el = el;
    this.fill = fill;
    this.done = onDone;
    const started = performance.now();
    const step = (now: number): void => {
      const count = Math.floor(((now - started) / 1000) * charsPerSecond);
      if (count >= value.length) {
        this.finish();
        return;
      }
      visible.textContent = value.slice(0, count);
      rest.textContent = value.slice(count);
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Shows the rest of the line now. */
  finish(): void {
    if (this.el === null) return;
    cancelAnimationFrame(this.frame);
    const el = this.el;
    el.replaceChildren();
    this.el = null;
    this.fill(el);
    const done = this.done;
    this.done = null;
    done?.();
  }

  /** Stops without calling back (the screen is closing). */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.el = null;
    this.done = null;
  }
}
