// Typography of the texts a learner reads: the manifest's texts in both languages, and the words
// of the English scripts. French: a no-break space (U+00A0) before : ; ! ? and inside « »,
// the apostrophe ’. English: no French spacing, no guillemets, and one style of quotation
// marks, the straight "…" (what the English scripts mostly use).
import type { ScenarioProblem } from '../content/scenario-files.ts';
import type { Locale } from '../engine/ids.ts';

const NBSP = '\u00a0';

/** What is wrong with a text's typography in its language (empty when nothing is). */
export function typographyFaults(text: string, locale: Locale): string[] {
  const faults: string[] = [];
  if (locale === 'fr') {
    if (/ [:;!?]/u.test(text)) faults.push('a plain space before : ; ! or ? (use a no-break space)');
    if (/[^\u00a0\s][:;!?](\s|$)/u.test(text)) faults.push('no no-break space before : ; ! or ?');
    if (/«[^\u00a0]|[^\u00a0]»/u.test(text)) faults.push('« » without no-break spaces inside');
    if (text.includes("'")) faults.push("a straight apostrophe ' (use ’)");
    if (/[“”]/u.test(text)) faults.push('“ ” in French (use « »)');
    return faults;
  }
  if (/[\u00a0 ][:;!?]/u.test(text)) faults.push('a space before : ; ! or ? (French spacing in English)');
  if (/[«»]/u.test(text)) faults.push('« » in English (use "…")');
  if (/[“”]/u.test(text)) faults.push('curly quotation marks “ ” (the English texts use straight "…")');
  return faults;
}

/** The line of the manifest where a text is written (1 when it cannot be found). */
function lineOfText(manifestText: string, text: string): number {
  const written = JSON.stringify(text).slice(1, -1);
  const at = [written, written.replaceAll(NBSP, '\\u00a0')].map((w) => manifestText.indexOf(w)).find((i) => i >= 0);
  return at === undefined ? 1 : manifestText.slice(0, at).split('\n').length;
}

/** Every `{ fr, en }` text of a manifest, with where it sits. */
function textsOf(value: unknown, path: string, out: { path: string; locale: Locale; text: string }[]): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') {
    out.push({ path, locale: 'fr', text: record.fr }, { path, locale: 'en', text: record.en });
    return;
  }
  for (const [key, child] of Object.entries(record)) textsOf(child, path === '' ? key : `${path}.${key}`, out);
}

export function checkManifestTypography(manifest: unknown, manifestText: string, file: string): ScenarioProblem[] {
  const texts: { path: string; locale: Locale; text: string }[] = [];
  textsOf(manifest, '', texts);
  return texts.flatMap(({ path, locale, text }) =>
    typographyFaults(text, locale).map((fault) => ({
      file,
      line: lineOfText(manifestText, text),
      severity: 'problem' as const,
      message: `${path}.${locale}: ${fault}`,
    })),
  );
}

/** Words of a script (text, choice labels, tags' free text), with their file and line. */
export interface ScriptWords {
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

export function checkScriptTypography(words: readonly ScriptWords[], locale: Locale): ScenarioProblem[] {
  const seen = new Set<string>();
  return words.flatMap((w) =>
    typographyFaults(w.text, locale).flatMap((fault) => {
      const key = `${w.file}:${w.line}:${fault}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ file: w.file, line: w.line, severity: 'problem' as const, message: fault }];
    }),
  );
}

/**
 * The French scripts' faults, one warning per file (the first fault's line, and how many): a
 * summary for authors rather than a wall of messages.
 */
export function summariseScriptTypography(words: readonly ScriptWords[], locale: Locale): ScenarioProblem[] {
  const byFile = new Map<string, ScenarioProblem[]>();
  for (const p of checkScriptTypography(words, locale)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile.values()].flatMap((faults) => {
    const first = faults[0];
    if (!first) return [];
    const more = faults.length > 1 ? ` (and ${faults.length - 1} more lines in this file)` : '';
    return [{ ...first, severity: 'warning' as const, message: `typography: ${first.message}${more}` }];
  });
}
