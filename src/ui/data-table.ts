// A table of figures, as the report and the trainer's dashboard show them: a caption, column
// headers, and the first cell of each row as the row's header.
import { h } from './dom.ts';
import type { Child } from './dom.ts';

export function dataTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly Child[])[],
  className = '',
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: `data-table ${className}` },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...rows.map((cells) =>
          h('tr', {}, ...cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))),
        ),
      ),
    ),
  );
}
