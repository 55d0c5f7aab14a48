// npm run stories:check — checks every scenario in stories/ (or the folders given) and prints,
// per scenario, each principle's worst and best, then every problem as file:line: message.
import { join, relative } from 'node:path';
import { scenarioDirs, formatProblem } from '../src/content/scenario-files.ts';
import { checkScenario } from '../src/checker/check.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const dirs = args.length > 0 ? args : scenarioDirs(join(root, 'stories'));
const started = performance.now();
let problems = 0;
let warnings = 0;

for (const dir of dirs) {
  const check = checkScenario(dir, root);
  const name = check.source?.scenario.id ?? relative(root, dir);
  const x = check.exploration;
  const how = x
    ? x.mode === 'exhaustive'
      ? `explored exhaustively: ${x.states} distinct states, ${x.playthroughs.toLocaleString('en')} playthroughs`
      : `explored by sampling: ${x.playthroughs} playthroughs (more than the bound of distinct states)`
    : 'not explored';
  console.log(`\n${name} — ${how}${x ? `, ${(x.ms / 1000).toFixed(1)} s` : ''}`);
  if (check.source && x) {
    console.log(`  ${'principle'.padEnd(16)}${'worst'.padStart(7)}${'best'.padStart(7)}`);
    for (const p of check.source.scenario.principles) {
      const b = check.bounds[p];
      console.log(`  ${p.padEnd(16)}${String(b?.worst ?? '?').padStart(7)}${String(b?.best ?? '?').padStart(7)}`);
    }
  }
  for (const p of check.problems) {
    console.log(`  ${formatProblem(p)}`);
    if (p.severity === 'problem') problems += 1;
    else warnings += 1;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${dirs.length} scenario(s), ${problems} problem(s), ${warnings} warning(s), ${seconds} s`);
process.exitCode = problems > 0 ? 1 : 0;
