// Every tag in a scenario's compiled scripts, parsed and checked against its manifest.
import { readTag } from '../engine/tags.ts';
import type { Scenario } from '../engine/world.ts';
import type { ScenarioProblem } from '../content/scenario-files.ts';
import type { CompiledTag } from './compiled-ink.ts';

export function checkTags(tags: readonly CompiledTag[], scenario: Scenario): ScenarioProblem[] {
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
