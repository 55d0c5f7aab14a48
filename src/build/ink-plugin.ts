// Vite plugin: compiles every scenario's ink at build and dev time, checks it (a scenario that
// fails the check fails the build), and serves `virtual:passerelles/scenarios`: the manifests,
// the story hash, the explorer's bounds, a lazy loader per language, and a lazy loader for each
// earlier version kept in the scenario's archive.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkScenario, checkStatic } from '../checker/check.ts';
import { DEFAULT_EXPLORE, EXPLORER_VERSION } from '../checker/explorer.ts';
import { contentHash } from '../content/hash.ts';
import { formatProblem, scenarioDirs } from '../content/scenario-files.ts';
import { readArchivedStory } from '../content/story-archive.ts';
import { rulesFingerprint } from '../engine/rules.ts';
import { compileInk, InkCompileError } from '../narrative/compile.ts';
import type { Bounds } from '../engine/report.ts';

const INDEX_ID = 'virtual:passerelles/scenarios';
const RESOLVED_INDEX = `\0${INDEX_ID}`;
const STORY_FILE = /[\\/]stories[\\/][a-z0-9_]+[\\/](fr|en)\.ink$/;

export interface InkPluginOptions {
  /** Folder holding one folder per scenario. */
  readonly storiesDir?: string;
  /** The engine rules stories are hashed under (the current ones; tests pass others). */
  readonly rules?: string;
  /** Where the explorer's bounds are cached (default: node_modules/.cache/passerelles-bounds). */
  readonly cacheDir?: string;
}

/**
 * The key of a scenario's cached bounds: the story hash (manifest, both scripts and the engine's
 * rules) and the explorer's own version and settings. Any of them changing explores afresh.
 */
export function boundsCacheKey(storyHash: string): string {
  return contentHash(storyHash, String(EXPLORER_VERSION), JSON.stringify(DEFAULT_EXPLORE));
}

/** Every earlier version in `<scenario>/archive/` that still replays under `rules`, by hash. */
export function archivedVersions(dir: string, rules: string): { versions: Map<string, string>; skipped: string[] } {
  const versions = new Map<string, string>();
  const skipped: string[] = [];
  const folder = join(dir, 'archive');
  if (!existsSync(folder)) return { versions, skipped };
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = join(folder, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      skipped.push(`${file}: not valid JSON`);
      continue;
    }
    const read = readArchivedStory(data, rules);
    if (!read.ok) skipped.push(`${file}: ${read.problem}`);
    else if (`${read.story.storyHash}.json` !== name) skipped.push(`${file}: named after another hash`);
    else versions.set(read.story.storyHash, file);
  }
  return { versions, skipped };
}

export function passerellesStories(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  let cacheDir = '';
  const rules = options.rules ?? rulesFingerprint();
  const cachedBounds = (storyHash: string): Bounds | null => {
    const file = join(cacheDir, `${boundsCacheKey(storyHash)}.json`);
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Bounds;
    } catch {
      return null;
    }
  };

  const indexModule = (warn: (message: string) => void): string => {
    const entries: string[] = [];
    const errors: string[] = [];
    for (const dir of scenarioDirs(storiesDir)) {
      // The quick part (manifest, compile, tags, parity) always runs; the exploration is cached by hash.
      const quick = checkStatic(dir, root, { rules });
      const source = quick.source;
      const quickProblems = quick.problems.filter((p) => p.severity === 'problem');
      if (!source || quickProblems.length > 0) {
        errors.push(...quickProblems.map(formatProblem));
        continue;
      }
      let bounds = cachedBounds(source.storyHash);
      if (!bounds) {
        const full = checkScenario(dir, root, DEFAULT_EXPLORE, { rules });
        const problems = full.problems.filter((p) => p.severity === 'problem');
        if (problems.length > 0) {
          errors.push(...problems.map(formatProblem));
          continue;
        }
        bounds = full.bounds;
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(join(cacheDir, `${boundsCacheKey(source.storyHash)}.json`), JSON.stringify(bounds));
      }
      const path = (file: string): string => JSON.stringify(`/${relative(root, file).split('\\').join('/')}`);
      const archive = archivedVersions(dir, rules);
      for (const skipped of archive.skipped) warn(`archived version left out: ${skipped}`);
      const archived = [...archive.versions]
        .filter(([hash]) => hash !== source.storyHash)
        .map(([hash, file]) => `${JSON.stringify(hash)}: () => import(${path(file)}).then((m) => m.default)`);
      entries.push(
        `{ scenario: ${JSON.stringify(source.scenario)}, storyHash: ${JSON.stringify(source.storyHash)}, bounds: ${JSON.stringify(bounds)}, load: { fr: () => import(${path(join(dir, 'fr.ink'))}).then((m) => m.default), en: () => import(${path(join(dir, 'en.ink'))}).then((m) => m.default) }, archive: { ${archived.join(', ')} } }`,
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
      cacheDir = options.cacheDir ?? join(root, 'node_modules', '.cache', 'passerelles-bounds');
    },
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX : null;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        for (const dir of scenarioDirs(storiesDir)) this.addWatchFile(join(dir, 'scenario.json'));
        try {
          return indexModule((message) => {
            this.warn(message);
          });
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
