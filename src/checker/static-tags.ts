// Every tag in a scenario's compiled scripts, parsed and checked against its manifest, and the
// `term:` tags against the glossary's ids.
import { readTag } from '../engine/tags.ts';
import type { Scenario } from '../engine/world.ts';
import type { ScenarioProblem } from '../content/scenario-files.ts';
import type { CompiledTag } from './compiled-ink.ts';
import { GLOSSARY_FILE } from './glossary-file.ts';

/** `glossary`: the ids of stories/glossary.json (null when it could not be read: its own check says why). */
export function checkTags(
  tags: readonly CompiledTag[],
  scenario: Scenario,
  glossary: ReadonlySet<string> | null,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const tag of tags) {
    const at = { file: tag.file, line: tag.line, severity: 'problem' as const };
    if (tag.computed) {
      problems.push({ ...at, message: `tag "${tag.text}…": tags are fixed text (no {…} inside a tag)` });
      continue;
    }
    const result = readTag(tag.text, scenario);
    if (!result.ok) {
      problems.push({ ...at, message: `tag "${tag.text}": ${result.error}` });
      continue;
    }
    const kind = result.tag.kind;
    if (result.tag.kind === 'term' && glossary !== null && !glossary.has(result.tag.id)) {
      problems.push({
        ...at,
        message: `tag "${tag.text}": "${result.tag.id}" is not a term of ${GLOSSARY_FILE} (write one of its ids)`,
      });
      continue;
    }
    if (tag.inChoiceLabel && kind !== 'place') {
      problems.push({
        ...at,
        message: `tag "${tag.text}": only "place:" goes inside a choice's brackets; put effects on the first line of its result`,
      });
    } else if (!tag.inChoiceLabel && kind === 'place') {
      problems.push({
        ...at,
        message: `tag "${tag.text}": "place:" belongs inside a choice's brackets: * [Appeler # place: id]`,
      });
    }
  }
  return problems;
}
