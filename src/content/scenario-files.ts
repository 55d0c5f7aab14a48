// Reading a scenario folder from disk (Node only): the manifest, both scripts compiled, the hash.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Locale } from '../engine/ids.ts';
import { LOCALES } from '../engine/ids.ts';
import type { Scenario } from '../engine/world.ts';
import { compileInk, InkCompileError } from '../narrative/compile.ts';
import type { CompiledInk } from '../narrative/compile.ts';
import { rulesFingerprint } from '../engine/rules.ts';
import { storyHashOf } from './hash.ts';
import { ManifestError, parseScenario } from './manifest.ts';

export interface ScenarioProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly severity: 'problem' | 'warning';
}

export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export interface ScenarioSource {
  readonly dir: string;
  readonly scenario: Scenario;
  readonly manifestText: string;
  readonly ink: Readonly<Record<Locale, CompiledInk>>;
  readonly storyHash: string;
}

export type LoadResult =
  | { readonly ok: true; readonly source: ScenarioSource }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** The line of scenario.json that a manifest problem most likely points at. */
function lineOf(text: string, problem: string): number {
  const lines = text.split('\n');
  const field = /unknown field "([^"]+)"/.exec(problem)?.[1];
  const path = problem.split(':')[0] ?? '';
  const key =
    field ??
    path
      .split('.')
      .filter((k) => !/^\d+$/.test(k))
      .at(-1);
  const index = /\.(\d+)\b/.exec(path)?.[1];
  if (key === undefined || key === '(root)') return 1;
  const candidates = lines.flatMap((l, i) => (l.includes(`"${key}"`) ? [i + 1] : []));
  if (candidates.length === 0) return 1;
  const nth = index === undefined ? 0 : Math.min(Number(index), candidates.length - 1);
  return candidates[nth] ?? candidates[0] ?? 1;
}

export function scenarioDirs(storiesDir: string): string[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(storiesDir, d.name, 'scenario.json')))
    .map((d) => join(storiesDir, d.name))
    .sort();
}

export interface LoadOptions {
  /** The engine rules the story hash covers (the current ones unless a test says otherwise). */
  readonly rules?: string;
}

export function loadScenarioDir(dirPath: string, root: string = process.cwd(), options: LoadOptions = {}): LoadResult {
  const dir = resolve(dirPath);
  const manifestPath = join(dir, 'scenario.json');
  const rel = (p: string): string => relative(root, p);
  const problems: ScenarioProblem[] = [];
  const problem = (file: string, line: number, message: string): void => {
    problems.push({ file, line, message, severity: 'problem' });
  };

  let manifestText = '';
  let scenario: Scenario | null = null;
  try {
    manifestText = readFileSync(manifestPath, 'utf8');
    const raw: unknown = JSON.parse(manifestText);
    scenario = parseScenario(raw);
    const folder = dir.split(/[\\/]/).at(-1);
    if (scenario.id !== folder) {
      problem(
        rel(manifestPath),
        lineOf(manifestText, 'id:'),
        `id "${scenario.id}" differs from its folder "${folder ?? ''}"`,
      );
    }
  } catch (error) {
    if (error instanceof ManifestError) {
      for (const p of error.problems) problem(rel(manifestPath), lineOf(manifestText, p), p);
    } else if (error instanceof SyntaxError) {
      problem(rel(manifestPath), 1, `not valid JSON: ${error.message}`);
    } else {
      problem(rel(manifestPath), 1, `cannot read: ${String(error)}`);
    }
  }

  const ink: Partial<Record<Locale, CompiledInk>> = {};
  for (const locale of LOCALES) {
    const file = join(dir, `${locale}.ink`);
    if (!existsSync(file)) {
      problem(rel(file), 1, `missing: every scenario has ${LOCALES.map((l) => `${l}.ink`).join(' and ')}`);
      continue;
    }
    try {
      ink[locale] = compileInk(file, root);
    } catch (error) {
      if (!(error instanceof InkCompileError)) throw error;
      for (const p of error.problems) {
        const m = /^(.*?):(\d+): (.*)$/s.exec(p);
        if (m) problem(m[1] ?? rel(file), Number(m[2]), m[3] ?? p);
        else problem(rel(file), 1, p);
      }
    }
  }
  if (problems.length > 0 || !scenario || !ink.fr || !ink.en) return { ok: false, problems };
  const storyHash = storyHashOf(scenario, { fr: ink.fr.json, en: ink.en.json }, options.rules ?? rulesFingerprint());
  return { ok: true, source: { dir, scenario, manifestText, ink: { fr: ink.fr, en: ink.en }, storyHash } };
}
