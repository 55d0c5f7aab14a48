// The versioned playthrough contract: a story hash covers the manifest, both scripts and the
// engine's rules; bounds are cached on it; earlier versions are kept in an archive.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { archivedVersions, boundsCacheKey, passerellesStories } from '../../src/build/ink-plugin.ts';
import { checkScenario } from '../../src/checker/check.ts';
import { loadScenarioDir } from '../../src/content/scenario-files.ts';
import { archiveStory, readArchivedStory } from '../../src/content/story-archive.ts';
import { RULE_POINTS, rulesFingerprint } from '../../src/engine/rules.ts';
import { ROOT } from '../stories/load.ts';

const MINI = join(ROOT, 'tests/fixtures/stories/mini');

function hashUnder(rules: string): string {
  const loaded = loadScenarioDir(MINI, ROOT, { rules });
  if (!loaded.ok) throw new Error('the mini fixture does not load');
  return loaded.source.storyHash;
}

/** A tiny site using the plugin, with the mini fixture as its only scenario. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'passerelles-versions-'));
  cpSync(join(ROOT, 'tests/fixtures/stories'), join(root, 'stories'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import { scenarios } from 'virtual:passerelles/scenarios';\nconsole.log(JSON.stringify(scenarios.map((s) => [s.bounds, Object.keys(s.archive)])));\n",
  );
  return root;
}

async function entryChunk(root: string, rules: string): Promise<string> {
  await build({
    root,
    logLevel: 'silent',
    plugins: [passerellesStories({ rules })],
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
  });
  const dir = join(root, 'dist/assets');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return texts.find((t) => t.includes('console.log')) ?? '';
}

describe('the story hash', () => {
  it('changes with any figure or the version of the engine rules', () => {
    const today = hashUnder(rulesFingerprint());
    expect(hashUnder(rulesFingerprint())).toBe(today);
    expect(hashUnder(rulesFingerprint({ ...RULE_POINTS, shareWithoutConsent: -4 }))).not.toBe(today);
    expect(hashUnder(rulesFingerprint(RULE_POINTS, 999))).not.toBe(today);
  });
});

describe('the bounds cache', () => {
  it('is used for the same story and rules, and explored afresh when the rules change', async () => {
    const root = site();
    const rules = rulesFingerprint();
    expect(await entryChunk(root, rules)).toMatch(/best:2/);
    // Plant impossible bounds under the cache key of today's story: a build that uses the cache shows them.
    const key = boundsCacheKey(hashUnder(rules));
    const cacheDir = join(root, 'node_modules/.cache/passerelles-bounds');
    expect(readdirSync(cacheDir)).toContain(`${key}.json`);
    writeFileSync(join(cacheDir, `${key}.json`), JSON.stringify({ ethique: { worst: -3, best: 77 } }));
    expect(await entryChunk(root, rules)).toMatch(/best:77/);
    // Other rules: another story hash, another key, the explorer runs again.
    const changed = await entryChunk(root, rulesFingerprint({ ...RULE_POINTS, referInField: 3 }));
    expect(changed).not.toMatch(/best:77/);
    expect(changed).toMatch(/best:2/);
  });
});

describe('the archive of earlier versions', () => {
  function archivedMini(rules: string): { dir: string; hash: string } {
    const root = mkdtempSync(join(tmpdir(), 'passerelles-archive-'));
    const dir = join(root, 'mini');
    cpSync(MINI, dir, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/stories/lib'), join(root, 'lib'), { recursive: true });
    const check = checkScenario(dir, root);
    if (!check.source) throw new Error('the mini fixture does not compile');
    const { scenario, ink } = check.source;
    const story = archiveStory(scenario, { fr: ink.fr.json, en: ink.en.json }, check.bounds, rules);
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', `${story.storyHash}.json`), JSON.stringify(story));
    return { dir, hash: story.storyHash };
  }

  it('keeps a version that replays under today’s rules, under the hash the game computes', () => {
    const { dir, hash } = archivedMini(rulesFingerprint());
    expect(hash).toBe(hashUnder(rulesFingerprint()));
    const found = archivedVersions(dir, rulesFingerprint());
    expect([...found.versions.keys()]).toEqual([hash]);
    expect(found.skipped).toEqual([]);
  });

  it('leaves out, and says so, a version archived under other rules or edited by hand', () => {
    const old = rulesFingerprint({ ...RULE_POINTS, promiseKept: 1 });
    const { dir, hash } = archivedMini(old);
    const found = archivedVersions(dir, rulesFingerprint());
    expect(found.versions.size).toBe(0);
    expect(found.skipped.join('\n')).toMatch(/other engine rules/);
    const file = join(dir, 'archive', `${hash}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { ink: { fr: string } };
    data.ink.fr = data.ink.fr.replace('Bonjour', 'Salut');
    expect(readArchivedStory(data, old)).toMatchObject({ ok: false });
    expect(readArchivedStory({ hello: 1 }, old)).toEqual({ ok: false, problem: 'not an archived story of this game' });
  });

  it('serves each archived version lazily beside the current one', async () => {
    const root = site();
    const { dir, hash } = archivedMini(rulesFingerprint());
    const kept = readArchivedStory(
      JSON.parse(readFileSync(join(dir, 'archive', `${hash}.json`), 'utf8')),
      rulesFingerprint(),
    );
    if (!kept.ok) throw new Error(kept.problem);
    // An earlier text of the mini scenario, kept in its archive.
    const older = archiveStory(
      kept.story.scenario,
      { fr: kept.story.ink.fr.replace('Bonjour', 'Salut'), en: kept.story.ink.en },
      kept.story.bounds,
      rulesFingerprint(),
    );
    expect(older.storyHash).not.toBe(hash);
    mkdirSync(join(root, 'stories/mini/archive'));
    writeFileSync(join(root, 'stories/mini/archive', `${older.storyHash}.json`), JSON.stringify(older));
    const entry = await entryChunk(root, rulesFingerprint());
    expect(entry).toContain(older.storyHash);
    // Not inlined: the archived story is a chunk of its own, loaded when a report needs it.
    expect(entry).not.toContain('Salut');
  });
});
