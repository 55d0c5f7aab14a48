// Every tag written in a scenario's scripts, parsed and checked against its manifest.
import { readTag } from '../engine/tags.ts';
import type { Scenario } from '../engine/world.ts';
import type { ScenarioProblem } from '../content/scenario-files.ts';
import { tagsOnLine } from './ink-source.ts';
import type { SourceLine } from './ink-source.ts';

export function checkTags(lines: readonly SourceLine[], scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const l of lines) {
    for (const tag of tagsOnLine(l.text)) {
      const at = { file: l.file, line: l.line, severity: 'problem' as const };
      if (tag.text.includes('{')) {
        problems.push({ ...at, message: `tag "${tag.text}": tags are fixed text (no {…} inside a tag)` });
        continue;
      }
      const result = readTag(tag.text, scenario);
      if (!result.ok) {
        problems.push({ ...at, message: `tag "${tag.text}": ${result.error}` });
        continue;
      }
      const kind = result.tag.kind;
      if (tag.inChoiceBrackets && kind !== 'place') {
        problems.push({
          ...at,
          message: `tag "${tag.text}": only "place:" goes inside a choice's brackets; put effects on the first line of its result`,
        });
      } else if (!tag.inChoiceBrackets && kind === 'place') {
        problems.push({
          ...at,
          message: `tag "${tag.text}": "place:" belongs inside a choice's brackets: * [Appeler # place: id]`,
        });
      }
    }
  }
  return problems;
}
