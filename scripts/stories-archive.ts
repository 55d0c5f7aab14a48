// npm run stories:archive [stories/<id> …] — keeps the current version of each scenario (or of
// those named) in `stories/<id>/archive/<storyHash>.json`, so that reports played with it stay
// verifiable after the scenario is changed. Commit the files it writes. A version already kept is
// left as it is.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkScenario } from '../src/checker/check.ts';
import { formatProblem, scenarioDirs } from '../src/content/scenario-files.ts';
import { archiveStory } from '../src/content/story-archive.ts';
import { rulesFingerprint } from '../src/engine/rules.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const dirs = args.length > 0 ? args.map((a) => resolve(root, a)) : scenarioDirs(join(root, 'stories'));
let failed = false;

for (const dir of dirs) {
  const check = checkScenario(dir, root);
  const problems = check.problems.filter((p) => p.severity === 'problem');
  if (!check.source || problems.length > 0) {
    console.error(
      `${relative(root, dir)}: not archived, it fails the check:\n${problems.map(formatProblem).join('\n')}`,
    );
    failed = true;
    continue;
  }
  const { scenario, ink } = check.source;
  const story = archiveStory(scenario, { fr: ink.fr.json, en: ink.en.json }, check.bounds, rulesFingerprint());
  const file = join(dir, 'archive', `${story.storyHash}.json`);
  if (existsSync(file)) {
    console.log(`${relative(root, file)}: already kept`);
    continue;
  }
  mkdirSync(join(dir, 'archive'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(story)}\n`);
  console.log(`${relative(root, file)}: written`);
}
process.exitCode = failed ? 1 : 0;
