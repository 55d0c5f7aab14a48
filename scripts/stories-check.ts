// npm run stories:check — checks every scenario in stories/ (or the folders given) and the glossary, and prints,
// per scenario, how it was explored, each principle's worst and best, then every problem as
// file:line: message. Exits non-zero on any problem (warnings alone pass). Scenarios are checked
// in parallel child processes, one per core.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenario } from '../src/checker/check.ts';
import { checkGlossaryFile } from '../src/checker/glossary-file.ts';
import { describeGuessability } from '../src/checker/guessability.ts';
import { formatProblem, learningOrderProblems, scenarioDirs } from '../src/content/scenario-files.ts';
import type { ScenarioProblem } from '../src/content/scenario-files.ts';

interface Summary {
  readonly name: string;
  readonly how: string;
  readonly table: readonly {
    readonly principle: string;
    readonly worst: number | null;
    readonly best: number | null;
  }[];
  /** The guessability figures, in one line (null when not explored). */
  readonly guessability: string | null;
  readonly problems: readonly ScenarioProblem[];
}

const root = process.cwd();

function summarise(dir: string): Summary {
  const check = checkScenario(dir, root);
  const x = check.exploration;
  const how = x
    ? x.mode === 'exhaustive'
      ? `explored exhaustively: ${x.states} distinct states, ${x.playthroughs.toLocaleString('en')} playthroughs, ${(x.ms / 1000).toFixed(1)} s`
      : `explored by sampling: ${x.playthroughs} playthroughs, ${x.states} distinct states met (too many to explore them all), ${(x.ms / 1000).toFixed(1)} s`
    : 'not explored (fix the problems below first)';
  const table =
    x && check.source
      ? check.source.scenario.principles.map((p) => ({
          principle: p,
          worst: check.bounds[p]?.worst ?? null,
          best: check.bounds[p]?.best ?? null,
        }))
      : [];
  return {
    name: check.source?.scenario.id ?? relative(root, dir),
    how,
    table,
    guessability: check.guessability ? describeGuessability(check.guessability) : null,
    problems: check.problems,
  };
}

function inChild(dir: string): Promise<Summary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--json', dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out) as Summary);
      } catch {
        reject(new Error(`checking ${dir} failed (exit ${String(code)})`));
      }
    });
  });
}

function print(s: Summary): { problems: number; warnings: number } {
  console.log(`\n${s.name} — ${s.how}`);
  if (s.table.length > 0) {
    console.log(`  ${'principle'.padEnd(16)}${'worst'.padStart(7)}${'best'.padStart(7)}`);
    for (const row of s.table) {
      console.log(
        `  ${row.principle.padEnd(16)}${String(row.worst ?? '?').padStart(7)}${String(row.best ?? '?').padStart(7)}`,
      );
    }
  }
  if (s.guessability) console.log(`  guessability: ${s.guessability}`);
  for (const p of s.problems) console.log(`  ${formatProblem(p)}`);
  return {
    problems: s.problems.filter((p) => p.severity === 'problem').length,
    warnings: s.problems.filter((p) => p.severity === 'warning').length,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--json' && args[1]) {
    process.stdout.write(JSON.stringify(summarise(args[1])));
    return;
  }
  const serial = args.includes('--serial');
  const given = args.filter((a) => !a.startsWith('--'));
  const dirs = given.length > 0 ? given : scenarioDirs(join(root, 'stories'));
  const started = performance.now();
  const results: Summary[] = new Array<Summary>(dirs.length);
  if (serial || dirs.length < 2) {
    dirs.forEach((dir, i) => (results[i] = summarise(dir)));
  } else {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < dirs.length) {
        const i = next;
        next += 1;
        const dir = dirs[i];
        if (dir !== undefined) results[i] = await inChild(dir);
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), dirs.length) }, worker));
  }
  const misordered = learningOrderProblems(dirs, root);
  for (const p of misordered) console.log(formatProblem(p));
  const glossary = checkGlossaryFile(root).problems;
  for (const p of glossary) console.log(formatProblem(p));
  let problems = misordered.length + glossary.length;
  let warnings = 0;
  for (const s of results) {
    const n = print(s);
    problems += n.problems;
    warnings += n.warnings;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${dirs.length} scenario(s), ${problems} problem(s), ${warnings} warning(s), ${seconds} s`);
  process.exitCode = problems > 0 ? 1 : 0;
}

await main();
