// The checker and the glossary: a `term:` tag must name a term of stories/glossary.json, and the
// glossary file itself is checked (ids once, both languages, principles that exist), each fault
// with its file and line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStatic } from '../../src/checker/check.ts';
import { checkGlossaryFile } from '../../src/checker/glossary-file.ts';
import { formatProblem } from '../../src/content/scenario-files.ts';
import { ROOT, scratchStories } from '../stories/load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The mini fixture with `tag` added to its first line in both languages: the quick check's problems. */
function checkWithTag(tag: string): { prefix: string; problems: string[] } {
  const stories = scratchStories(['tests/fixtures/stories/mini']);
  dirs.push(stories);
  const dir = join(stories, 'mini');
  for (const name of ['fr.ink', 'en.ink']) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const first = text.split('\n')[1] ?? '';
    expect(first).toMatch(/# speaker: ana$/);
    writeFileSync(file, text.replace(first, `${first} # ${tag}`));
  }
  const result = checkStatic(dir, ROOT);
  return {
    prefix: relative(ROOT, dir),
    problems: result.problems.filter((p) => p.severity === 'problem').map(formatProblem),
  };
}

const realGlossary = JSON.parse(readFileSync(join(ROOT, 'stories/glossary.json'), 'utf8')) as {
  terms: Record<string, unknown>[];
};

/** A project folder whose stories/glossary.json is `text`: the glossary check's messages. */
function checkGlossaryText(text: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'passerelles-glossary-'));
  dirs.push(root);
  mkdirSync(join(root, 'stories'));
  writeFileSync(join(root, 'stories/glossary.json'), text);
  return checkGlossaryFile(root).problems.map(formatProblem);
}

const withTerms = (terms: unknown[]): string => `${JSON.stringify({ terms }, null, 2)}\n`;

describe('term: tags in the checker', () => {
  it('accepts an id of the glossary', () => {
    expect(checkWithTag('term: mediation').problems).toEqual([]);
  });

  it('refuses an id the glossary does not define, with its file and line', () => {
    const { prefix, problems } = checkWithTag('term: mediaton');
    const message = 'tag "term: mediaton": "mediaton" is not a term of stories/glossary.json (write one of its ids)';
    expect(problems).toEqual([`${prefix}/fr.ink:2: ${message}`, `${prefix}/en.ink:2: ${message}`]);
  });

  it('refuses a cast id given as a term (terms are the glossary’s, not the cast’s)', () => {
    expect(checkWithTag('term: ana').problems[0]).toMatch(/fr\.ink:2: tag "term: ana": "ana" is not a term/);
  });
});

describe('stories/glossary.json in the checker', () => {
  it('passes the project’s glossary', () => {
    const check = checkGlossaryFile(ROOT);
    expect(check.problems).toEqual([]);
    expect(check.ids?.has('mediation')).toBe(true);
    expect(check.ids?.size).toBe(realGlossary.terms.length);
  });

  it('refuses a term defined twice, at the line of the second', () => {
    const [a, b] = realGlossary.terms;
    const text = withTerms([a, b, a]);
    // Each term of the fixture takes the same number of lines; the third begins after two of them.
    const idLines = text.split('\n').flatMap((line, i) => (/^\s*"id":/.test(line) ? [i + 1] : []));
    expect(checkGlossaryText(text)).toEqual([
      `stories/glossary.json:${String(idLines[2])}: terms.2.id: the term "${String(a?.['id'])}" is defined twice`,
    ]);
  });

  // In the files written here, the first term's "id" is on line 4.
  it('refuses a term with one language only', () => {
    const frOnly = Object.fromEntries(Object.entries(realGlossary.terms[0] ?? {}).filter(([key]) => key !== 'en'));
    const messages = checkGlossaryText(withTerms([frOnly]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^stories\/glossary\.json:4: terms\.0\.en: /);
  });

  it('refuses a principle the course does not have', () => {
    const messages = checkGlossaryText(withTerms([{ ...realGlossary.terms[0], principles: ['reseau', 'empathie'] }]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^stories\/glossary\.json:4: terms\.0\.principles\.1: /);
  });

  it('refuses a form that names two terms', () => {
    const [a, b] = realGlossary.terms as { id: string; fr: { forms: string[] } }[];
    if (!a || !b) throw new Error('the glossary has two terms at least');
    const clash = { ...b, fr: { ...b.fr, forms: [...b.fr.forms, a.fr.forms[0]] } };
    const messages = checkGlossaryText(withTerms([a, clash]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      `terms.1.fr.forms: the fr form "${String(a.fr.forms[0])}" names both "${a.id}" and "${b.id}"`,
    );
  });

  it('says what is wrong with a file that is not JSON', () => {
    expect(checkGlossaryText('{ "terms": [ }')[0]).toMatch(/^stories\/glossary\.json:1: not valid JSON: /);
  });
});
