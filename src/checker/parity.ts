// French/English parity: both scripts must have the same knots, stitches, choices, gathers,
// diverts, logic and effect tags in the same order; only the words differ.
import type { ScenarioProblem } from '../content/scenario-files.ts';
import { tagsOnLine } from './ink-source.ts';
import type { SourceLine } from './ink-source.ts';

interface Token {
  readonly value: string;
  readonly at: SourceLine;
}

/** The tag with its words removed: what must match between languages. */
function tagShape(text: string): string {
  const [name = '', ...rest] = text.split(':');
  const words = rest.join(':').trim().split(/\s+/);
  if (name.trim() === 'score') return `score: ${words.slice(0, 2).join(' ')}`;
  if (name.trim() === 'commit') return `commit: ${words.slice(0, 2).join(' ')}`;
  return text.replace(/\s+/g, ' ').trim();
}

const stringsOut = (code: string): string =>
  code
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\s+/g, ' ')
    .trim();

export function skeleton(lines: readonly SourceLine[]): Token[] {
  const out: Token[] = [];
  const push = (value: string, at: SourceLine): void => {
    out.push({ value, at });
  };
  for (const at of lines) {
    const text = at.text.trim();
    if (text === '') continue;
    const knot = /^={2,}\s*(function\s+)?([\w]+)/.exec(text);
    if (knot) {
      push(`knot ${knot[1] ? 'function ' : ''}${knot[2] ?? ''}`, at);
      continue;
    }
    const stitch = /^=\s*([\w]+)/.exec(text);
    if (stitch) {
      push(`stitch ${stitch[1] ?? ''}`, at);
      continue;
    }
    if (/^(VAR|CONST|LIST|EXTERNAL)\b/.test(text) || text.startsWith('~')) {
      push(stringsOut(text), at);
      continue;
    }
    let rest = text;
    const choice = /^((?:[*+]\s*)+)(\(\w+\))?\s*((?:\{[^}]*\}\s*)*)/.exec(rest);
    const gather = /^((?:-\s*)+)(?!>)(\(\w+\))?/.exec(rest);
    if (choice?.[1]) {
      const bullets = choice[1].replace(/\s/g, '');
      push(`choice ${bullets}${choice[2] ?? ''}${choice[3] ? ` ${stringsOut(choice[3])}` : ''}`, at);
      rest = rest.slice(choice[0].length);
    } else if (gather?.[1] && !rest.startsWith('->')) {
      push(`gather ${gather[1].replace(/\s/g, '')}${gather[2] ?? ''}`, at);
      rest = rest.slice(gather[0].length);
    }
    for (const m of rest.matchAll(/(->->|->|<-)\s*([\w.]*)/g)) push(`${m[1] ?? ''} ${m[2] ?? ''}`.trim(), at);
    for (const tag of tagsOnLine(rest)) push(`# ${tagShape(tag.text)}`, at);
  }
  return out;
}

/** The first difference between the French and English skeletons, as a problem on the English side. */
export function compareParity(fr: readonly SourceLine[], en: readonly SourceLine[]): ScenarioProblem[] {
  const a = skeleton(fr);
  const b = skeleton(en);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x && y && x.value === y.value) continue;
    if (x && y) {
      return [
        {
          file: y.at.file,
          line: y.at.line,
          severity: 'problem',
          message: `differs from ${x.at.file}:${x.at.line}: the French has "${x.value}", the English "${y.value}"`,
        },
      ];
    }
    if (x) {
      const last = en.at(-1);
      return [
        {
          file: last?.file ?? '',
          line: last?.line ?? 1,
          severity: 'problem',
          message: `the English ends where ${x.at.file}:${x.at.line} still has "${x.value}"`,
        },
      ];
    }
    if (y) {
      return [
        {
          file: y.at.file,
          line: y.at.line,
          severity: 'problem',
          message: `the French has nothing matching "${y.value}"`,
        },
      ];
    }
  }
  return [];
}
