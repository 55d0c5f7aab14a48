// Vite plugin: compiles every scenario's ink at build and dev time, checks it (a scenario that
// fails the check fails the build), and serves `virtual:passerelles/scenarios`: the manifests,
// the story hash, the explorer's bounds, and a lazy loader per language.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkScenario, checkStatic } from '../checker/check.ts';
import { formatProblem, scenarioDirs } from '../content/scenario-files.ts';
import { compileInk, InkCompileError } from '../narrative/compile.ts';
import type { Bounds } from '../engine/report.ts';

const INDEX_ID = 'virtual:passerelles/scenarios';
const RESOLVED_INDEX = `\0${INDEX_ID}`;
const STORY_FILE = /[\\/]stories[\\/][a-z0-9_]+[\\/](fr|en)\.ink$/;

export interface InkPluginOptions {
  /** Folder holding one folder per scenario. */
  readonly storiesDir?: string;
  /** Only this scenario (a package for a learning platform carries one module). */
  readonly only?: string | undefined;
}

export function passerellesStories(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  let cacheDir = '';
  const cachedBounds = (storyHash: string): Bounds | null => {
    const file = join(cacheDir, `${storyHash}.json`);
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Bounds;
    } catch {
      return null;
    }
  };

  const indexModule = (): string => {
    const entries: string[] = [];
    const errors: string[] = [];
    // A scenario's folder is named after its id (the checker refuses any other name).
    const dirs = scenarioDirs(storiesDir).filter((dir) => options.only === undefined || basename(dir) === options.only);
    for (const dir of dirs) {
      // The quick part (manifest, compile, tags, parity) always runs; the exploration is cached by hash.
      const quick = checkStatic(dir, root);
      const source = quick.source;
      const quickProblems = quick.problems.filter((p) => p.severity === 'problem');
      if (!source || quickProblems.length > 0) {
        errors.push(...quickProblems.map(formatProblem));
        continue;
      }
      let bounds = cachedBounds(source.storyHash);
      if (!bounds) {
        const full = checkScenario(dir, root);
        const problems = full.problems.filter((p) => p.severity === 'problem');
        if (problems.length > 0) {
          errors.push(...problems.map(formatProblem));
          continue;
        }
        bounds = full.bounds;
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(join(cacheDir, `${source.storyHash}.json`), JSON.stringify(bounds));
      }
      const path = (locale: string): string =>
        JSON.stringify(
          `/${relative(root, join(dir, `${locale}.ink`))
            .split('\\')
            .join('/')}`,
        );
      entries.push(
        `{ scenario: ${JSON.stringify(source.scenario)}, storyHash: ${JSON.stringify(source.storyHash)}, bounds: ${JSON.stringify(bounds)}, load: { fr: () => import(${path('fr')}).then((m) => m.default), en: () => import(${path('en')}).then((m) => m.default) } }`,
      );
    }
    if (errors.length > 0) throw new Error(`Scenario check failed:\n${[...new Set(errors)].join('\n')}`);
    return `export const scenarios = [\n${entries.join(',\n')}\n];\n`;
  };

  return {
    name: 'passerelles-stories',
    configResolved(config) {
      root = config.root;
      storiesDir = resolve(root, options.storiesDir ?? 'stories');
      cacheDir = join(root, 'node_modules', '.cache', 'passerelles-bounds');
    },
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX : null;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        for (const dir of scenarioDirs(storiesDir)) this.addWatchFile(join(dir, 'scenario.json'));
        try {
          return indexModule();
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
      const file = id.split('?')[0] ?? id;
      if (!STORY_FILE.test(file)) return null;
      try {
        const compiled = compileInk(file, root);
        for (const f of compiled.files) this.addWatchFile(f);
        return `export default ${JSON.stringify(compiled.json)};\n`;
      } catch (error) {
        if (error instanceof InkCompileError) this.error(`ink compile error:\n${error.problems.join('\n')}`);
        throw error;
      }
    },
    handleHotUpdate({ file, server }: { file: string; server: ViteDevServer }) {
      if (!file.endsWith('.ink') && !file.endsWith('scenario.json')) return;
      if (!resolve(file).startsWith(storiesDir)) return;
      const index = server.moduleGraph.getModuleById(RESOLVED_INDEX);
      if (index) server.moduleGraph.invalidateModule(index);
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.file && STORY_FILE.test(mod.file)) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
