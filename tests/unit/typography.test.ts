// Typography of manifests and scripts: French spacing and apostrophes, one English quotation style.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStatic } from '../../src/checker/check.ts';
import { checkManifestTypography, typographyFaults } from '../../src/checker/typography.ts';
import { formatProblem, scenarioDirs } from '../../src/content/scenario-files.ts';
import { ROOT, scratchStories } from '../stories/load.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function mini(edit: (dir: string) => void): { problems: string[]; prefix: string } {
  const stories = scratchStories(['tests/fixtures/stories/mini']);
  made.push(stories);
  const dir = join(stories, 'mini');
  edit(dir);
  const problems = checkStatic(dir, ROOT).problems.filter((p) => p.severity === 'problem');
  return { problems: problems.map(formatProblem), prefix: relative(ROOT, dir) };
}

const replaceIn = (dir: string, file: string, from: string, to: string): void => {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(join(dir, file), text.replace(from, to));
};

describe('typography', () => {
  it('asks French for no-break spaces before : ; ! ? and inside « », and for ’', () => {
    expect(typographyFaults('Bonjour\u00a0! «\u00a0Oui\u00a0», dit-elle\u00a0; c’est tout\u00a0: 9:30.', 'fr')).toEqual(
      [],
    );
    expect(typographyFaults('Bonjour !', 'fr')).toEqual(['a plain space before : ; ! or ? (use a no-break space)']);
    expect(typographyFaults('Bonjour: oui', 'fr')).toEqual(['no no-break space before : ; ! or ?']);
    expect(typographyFaults('« Oui\u00a0»', 'fr')).toEqual(['« » without no-break spaces inside']);
    expect(typographyFaults("c'est", 'fr')).toEqual(["a straight apostrophe ' (use ’)"]);
  });

  it('asks English for straight quotation marks, no guillemets and no French spacing', () => {
    expect(typographyFaults('She said "yes": it\'s done!', 'en')).toEqual([]);
    expect(typographyFaults('She said “yes”.', 'en')).toEqual([
      'curly quotation marks “ ” (the English texts use straight "…")',
    ]);
    expect(typographyFaults('« Yes »', 'en')).toEqual(['« » in English (use "…")']);
    expect(typographyFaults('Trust : 50', 'en')).toEqual(['a space before : ; ! or ? (French spacing in English)']);
  });

  it('refuses a manifest text with a fault, naming its field and line', () => {
    const { problems, prefix } = mini((d) => {
      replaceIn(d, 'scenario.json', '"Un petit scénario de test."', '"Un petit scénario d\'essai : test."');
      replaceIn(d, 'scenario.json', '"A small test scenario."', '"A “small” test scenario."');
    });
    expect(problems).toEqual([
      `${prefix}/scenario.json:5: summary.fr: a plain space before : ; ! or ? (use a no-break space)`,
      `${prefix}/scenario.json:5: summary.fr: a straight apostrophe ' (use ’)`,
      `${prefix}/scenario.json:5: summary.en: curly quotation marks “ ” (the English texts use straight "…")`,
    ]);
  });

  it('refuses curly quotation marks in an English script, in text, labels and feedback', () => {
    const { problems, prefix } = mini((d) => {
      replaceIn(d, 'en.ink', 'You ask.', 'You ask: “yes?”');
      replaceIn(d, 'en.ink', '[Wait]', '[Say “wait”]');
    });
    expect(problems).toEqual([
      `${prefix}/en.ink:4: curly quotation marks “ ” (the English texts use straight "…")`,
      `${prefix}/en.ink:11: curly quotation marks “ ” (the English texts use straight "…")`,
    ]);
    const feedback = mini((d) => {
      replaceIn(d, 'en.ink', 'Good: consent asked.', 'Good: “consent” asked.');
    });
    expect(feedback.problems).toEqual([
      `${feedback.prefix}/en.ink:5: curly quotation marks “ ” (the English texts use straight "…")`,
    ]);
  });

  it('passes the manifests of every module', () => {
    for (const dir of scenarioDirs(join(ROOT, 'stories'))) {
      const file = join(dir, 'scenario.json');
      const text = readFileSync(file, 'utf8');
      expect(checkManifestTypography(JSON.parse(text), text, file).map(formatProblem)).toEqual([]);
    }
  });
});
