// The glossary: the course's terms and the sector's, in French and English, with the principles
// that use them (stories/glossary.json). Pure: the game imports the file; the checker checks the
// `term:` tags against it.
import { z } from 'zod';
import { LOCALES, PRINCIPLES } from '../engine/ids.ts';
import type { Locale, PrincipleId } from '../engine/ids.ts';

const entry = z.strictObject({
  term: z.string().min(1),
  /** The forms in which the term appears in a line (the first one found is marked). */
  forms: z.array(z.string().min(1)).min(1),
  definition: z.string().min(1),
  /** The course section it comes from. */
  source: z.string().min(1),
});

const termSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  principles: z.array(z.enum(PRINCIPLES)).min(1),
  fr: entry,
  en: entry,
});

export const glossarySchema = z.strictObject({ terms: z.array(termSchema).min(1) }).superRefine((glossary, ctx) => {
  const ids = new Map<string, number>();
  for (const [i, term] of glossary.terms.entries()) {
    const first = ids.get(term.id);
    if (first === undefined) ids.set(term.id, i);
    else ctx.addIssue({ code: 'custom', path: ['terms', i, 'id'], message: `the term "${term.id}" is defined twice` });
  }
  // A form names one term only: otherwise a line could not say which definition it means.
  for (const locale of LOCALES) {
    const owners = new Map<string, string>();
    for (const [i, term] of glossary.terms.entries()) {
      for (const form of term[locale].forms) {
        const key = form.toLocaleLowerCase(locale);
        const owner = owners.get(key);
        if (owner === undefined) owners.set(key, term.id);
        else if (owner !== term.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['terms', i, locale, 'forms'],
            message: `the ${locale} form "${form}" names both "${owner}" and "${term.id}"`,
          });
        }
      }
    }
  }
});

export type GlossaryTerm = z.infer<typeof termSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/** What is wrong with a glossary file's data, each with where it is (`terms.3.en.definition`). */
export function glossaryIssues(data: unknown): { readonly path: readonly PropertyKey[]; readonly message: string }[] {
  const result = glossarySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

export function parseGlossary(data: unknown): Glossary {
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`glossary: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return result.data;
}

export function termsOfPrinciple(glossary: Glossary, principle: PrincipleId): GlossaryTerm[] {
  return glossary.terms.filter((t) => t.principles.includes(principle));
}

/** A piece of a line: plain text, or the words that name a glossary term. */
export type Segment = { readonly text: string; readonly term?: string };

const WORD = /[\p{L}\p{N}]/u;

/**
 * Splits `text` so that the first appearance of each term (any of its forms, whole words, any
 * letter case) is its own segment. Terms are tried in the order given; the text is unchanged.
 */
export function markTerms(text: string, terms: readonly GlossaryTerm[], locale: Locale): Segment[] {
  const found: { start: number; end: number; id: string }[] = [];
  const lower = text.toLocaleLowerCase(locale);
  for (const term of terms) {
    const forms = [...term[locale].forms].sort((a, b) => b.length - a.length);
    let best: { start: number; end: number } | null = null;
    for (const form of forms) {
      const needle = form.toLocaleLowerCase(locale);
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        const bounded = !WORD.test(text.charAt(at - 1)) && !WORD.test(text.charAt(end));
        const free = found.every((f) => end <= f.start || at >= f.end);
        if (bounded && free) {
          if (!best || at < best.start) best = { start: at, end };
          break;
        }
      }
    }
    if (best) found.push({ ...best, id: term.id });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), term: f.id });
    at = f.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

/** The terms in the alphabetical order of their names in `locale`. */
export function alphabetical(glossary: Glossary, locale: Locale): GlossaryTerm[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...glossary.terms].sort((a, b) => collator.compare(a[locale].term, b[locale].term));
}

const longestForm = (term: GlossaryTerm, locale: Locale): number =>
  Math.max(...term[locale].forms.map((f) => f.length));

/** A line of dialogue with its terms marked, and the terms its tags name that its words do not hold. */
export interface MarkedLine {
  readonly segments: readonly Segment[];
  readonly unplaced: readonly string[];
}

/**
 * Marks one line of the dialogue: the terms its `term:` tags name, and the first appearance in the
 * playthrough of any other term (`seen`: the terms marked in the lines before). Terms with longer
 * forms are looked for first, and a term already seen still holds its words, so that "travail en
 * réseau" is never marked as "réseau".
 */
export function markLine(
  text: string,
  tagged: readonly string[],
  seen: ReadonlySet<string>,
  glossary: Glossary,
  locale: Locale,
): MarkedLine {
  const terms = [...glossary.terms].sort((a, b) => longestForm(b, locale) - longestForm(a, locale));
  const wanted = (id: string): boolean => tagged.includes(id) || !seen.has(id);
  const segments: Segment[] = [];
  for (const s of markTerms(text, terms, locale)) {
    const keep = s.term !== undefined && wanted(s.term);
    const last = segments.at(-1);
    if (keep) segments.push(s);
    else if (last !== undefined && last.term === undefined)
      segments[segments.length - 1] = { text: last.text + s.text };
    else segments.push({ text: s.text });
  }
  const known = new Set(glossary.terms.map((t) => t.id));
  const unplaced = tagged.filter(
    (id, i) => known.has(id) && tagged.indexOf(id) === i && !segments.some((s) => s.term === id),
  );
  return { segments, unplaced };
}

/** The terms a marked line shows, to add to `seen` before the next line. */
export function termsShown(line: MarkedLine): string[] {
  return [...line.segments.flatMap((s) => (s.term === undefined ? [] : [s.term])), ...line.unplaced];
}
