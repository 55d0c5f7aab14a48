// stories/glossary.json, checked as the stories are: every fault with its file and line. The
// scenarios' `term:` tags are checked against the ids it defines.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryIssues, parseGlossary } from '../content/glossary.ts';
import type { ScenarioProblem } from '../content/scenario-files.ts';

export const GLOSSARY_FILE = 'stories/glossary.json';

export interface GlossaryFileCheck {
  /** The ids of the terms, or null when the file cannot be read as a glossary. */
  readonly ids: ReadonlySet<string> | null;
  readonly problems: readonly ScenarioProblem[];
}

/** The line of the `index`-th term's `"id"` in the file's text (1 when it cannot be told). */
function lineOfTerm(text: string, index: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (/^\s*"id"\s*:/.test(line)) seen += 1;
    if (seen === index) return i + 1;
  }
  return 1;
}

export function checkGlossaryFile(root: string): GlossaryFileCheck {
  const path = join(root, GLOSSARY_FILE);
  const at = (line: number, message: string): ScenarioProblem => ({
    file: GLOSSARY_FILE,
    line,
    severity: 'problem',
    message,
  });
  if (!existsSync(path)) return { ids: null, problems: [at(1, 'the glossary is missing')] };
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ids: null, problems: [at(1, `not valid JSON: ${message}`)] };
  }
  const issues = glossaryIssues(data);
  if (issues.length > 0) {
    return {
      ids: null,
      problems: issues.map((issue) => {
        const [first, index] = issue.path;
        const line = first === 'terms' && typeof index === 'number' ? lineOfTerm(text, index) : 1;
        return at(line, `${issue.path.map(String).join('.') || 'glossary'}: ${issue.message}`);
      }),
    };
  }
  return { ids: new Set(parseGlossary(data).terms.map((t) => t.id)), problems: [] };
}
