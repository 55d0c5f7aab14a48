import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { passerellesStories } from '../../src/build/ink-plugin.ts';
import { ROOT } from '../stories/load.ts';

/** A tiny site using the plugin, with the mini fixture as its only scenario. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'passerelles-site-'));
  for (const folder of ['lib', 'mini']) {
    cpSync(join(ROOT, 'tests/fixtures/stories', folder), join(root, 'stories', folder), { recursive: true });
  }
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import { scenarios } from 'virtual:passerelles/scenarios';\n" +
      'for (const s of scenarios) s.load.fr().then((json) => console.log(s.scenario.id, json.length));\n' +
      'for (const s of scenarios) s.decisions().then((map) => console.log(map.decisions.length));\n',
  );
  return root;
}

async function buildSite(root: string) {
  return build({ root, logLevel: 'silent', plugins: [passerellesStories()], build: { outDir: join(root, 'dist') } });
}

describe('the stories plugin', () => {
  it('compiles every scenario into lazily loaded chunks, one per language', async () => {
    const root = site();
    await buildSite(root);
    const assets = readdirSync(join(root, 'dist/assets'));
    const chunks = assets.filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThanOrEqual(3); // entry + fr + en
    const texts = chunks.map((f) => readFileSync(join(root, 'dist/assets', f), 'utf8'));
    const entry = texts.find((t) => t.includes('storyHash')) ?? '';
    expect(entry).toMatch(/bounds:\{ethique:\{worst:-3,best:2\}/);
    // Each language's compiled story sits in its own chunk, outside the entry.
    expect(texts.filter((t) => t.includes('inkVersion'))).toHaveLength(2);
    expect(entry).not.toContain('inkVersion');
    // The decision map too: both decision points of the mini fixture, labels in both languages.
    const maps = texts.filter((t) => t.includes('Demander son accord'));
    expect(maps).toHaveLength(2); // the French story, and the map
    const map = maps.find((t) => !t.includes('inkVersion')) ?? '';
    expect(map).not.toBe(entry);
    expect(map).toMatch(/label:\{fr:.Demander son accord.,en:.Ask consent.\}/);
    expect(map).toMatch(/evidence:\{ethique:2\}/);
  });

  it('fails the build on a scenario that fails the check, naming file and line', async () => {
    const root = site();
    const fr = join(root, 'stories/mini/fr.ink');
    writeFileSync(fr, readFileSync(fr, 'utf8').replace('# need: ana formation', '# besoin: ana formation'));
    await expect(buildSite(root)).rejects.toThrow(
      /stories\/mini\/fr\.ink:3: tag "besoin: ana formation": unknown tag "besoin"/,
    );
  });

  it('fails the build on an ink compile error, as file:line: message', async () => {
    const root = site();
    const en = join(root, 'stories/mini/en.ink');
    writeFileSync(en, readFileSync(en, 'utf8').replace('-> END', '-> nowhere'));
    await expect(buildSite(root)).rejects.toThrow(/stories\/mini\/en\.ink:15: Divert target not found: '-> nowhere'/);
  });
});
