// Building DOM nodes without HTML strings: every text goes in through textContent.
import { createElement as lucideElement, X } from 'lucide';
import type { IconNode } from 'lucide';

type AttrValue = string | number | boolean | null | undefined;
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  readonly [name: string]: AttrValue;
}

/** An element with attributes (false/null/undefined are left out, true is an empty attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? text(String(child)) : child);
  }
}

function text(value: string): Text {
  return document.createTextNode(value);
}

/** A decorative lucide icon (hidden from assistive technology: the text next to it says the same). */
export function icon(node: IconNode, size = 20): SVGElement {
  return lucideElement(node, {
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'icon',
  });
}

/**
 * A bar button's words, in their own element: where the bar runs short of room, the stylesheet hides
 * them from sight and the icon stands alone, while the words stay the button's accessible name.
 */
export function buttonLabel(text: string): HTMLSpanElement {
  return h('span', { class: 'btn-label' }, text);
}

/** Elements removed from the page take their listeners with them: one AbortController per screen. */
export class Scope {
  private readonly controller = new AbortController();
  private readonly cleanups: (() => void)[] = [];

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  on<K extends keyof HTMLElementEventMap>(
    target: HTMLElement,
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
  ): void;
  on<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void): void;
  on<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void): void;
  on(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler, { signal: this.controller.signal });
  }

  /** Something to undo when the screen closes (a store subscription, a timer). */
  add(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  get closed(): boolean {
    return this.controller.signal.aborted;
  }

  close(): void {
    this.controller.abort();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
  }
}

/**
 * A dialog's two ways to close: the « Fermer » button at its foot and the cross in its corner, both
 * closing it (the listeners live as long as `scope`).
 */
export function dialogCloseButtons(
  scope: Scope,
  dialog: HTMLDialogElement,
  label: string,
): { close: HTMLButtonElement; closeCorner: HTMLButtonElement } {
  const close = h('button', { type: 'button', class: 'btn btn-primary' }, label);
  const closeCorner = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-icon dialog-close', 'aria-label': label },
    icon(X),
  );
  for (const b of [close, closeCorner]) {
    scope.on(b, 'click', () => {
      dialog.close();
    });
  }
  return { close, closeCorner };
}
