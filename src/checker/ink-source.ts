// Reading ink source as lines, INCLUDEs inlined, comments removed: what the checker's static
// passes (tags, French/English parity) work on. Each line keeps its file and number.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export interface SourceLine {
  readonly file: string; // relative to the project root
  readonly line: number;
  readonly text: string; // comments removed
}

function stripComments(source: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of source.split(/\r?\n/)) {
    let line = '';
    for (let i = 0; i < raw.length; i += 1) {
      if (inBlock) {
        if (raw.startsWith('*/', i)) {
          inBlock = false;
          i += 1;
        }
        continue;
      }
      if (raw.startsWith('/*', i)) {
        inBlock = true;
        i += 1;
        continue;
      }
      if (raw.startsWith('//', i)) break;
      line += raw.charAt(i);
    }
    out.push(line);
  }
  return out;
}

/** The entry file's lines with INCLUDEs replaced by the included lines (each file once). */
export function readInkLines(entry: string, root: string, seen = new Set<string>()): SourceLine[] {
  const path = resolve(entry);
  if (seen.has(path)) return [];
  seen.add(path);
  const lines = stripComments(readFileSync(path, 'utf8'));
  const out: SourceLine[] = [];
  lines.forEach((text, i) => {
    const include = /^\s*INCLUDE\s+(.+?)\s*$/.exec(text);
    if (include?.[1]) {
      out.push(...readInkLines(resolve(dirname(path), include[1]), root, seen));
      return;
    }
    out.push({ file: relative(root, path), line: i + 1, text });
  });
  return out;
}

export interface SourceTag {
  readonly text: string;
  readonly inChoiceBrackets: boolean;
}

/** The tags written on a line: each runs from `#` to the next `#`, `|`, `]` or the line's end. */
export function tagsOnLine(text: string): SourceTag[] {
  const out: SourceTag[] = [];
  let depth = 0; // inside [ ]
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (c === '[') depth += 1;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#') {
      let j = i + 1;
      while (j < text.length && !'#|]'.includes(text[j] ?? '')) j += 1;
      out.push({ text: text.slice(i + 1, j).trim(), inChoiceBrackets: depth > 0 });
      i = j - 1;
    }
  }
  return out;
}
