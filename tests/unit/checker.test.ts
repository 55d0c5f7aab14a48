import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/content/scenario-files.ts';
import { ROOT, scratchStories } from '../stories/load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the mini fixture, changed by `edit`, checked; returns its messages. */
function checkVariant(edit: (file: (name: string) => { read(): string; write(text: string): void }) => void) {
  const stories = scratchStories(['tests/fixtures/stories/mini']);
  dirs.push(stories);
  const dir = join(stories, 'mini');
  edit((name) => ({
    read: () => readFileSync(join(dir, name), 'utf8'),
    write: (text: string) => {
      writeFileSync(join(dir, name), text);
    },
  }));
  const result = checkScenario(dir, ROOT);
  const prefix = relative(ROOT, dir);
  return {
    prefix,
    messages: result.problems.map(formatProblem),
    problems: result.problems.filter((p) => p.severity === 'problem').map(formatProblem),
    result,
  };
}

const both = (f: (name: string) => { read(): string; write(t: string): void }, from: string, to: string) => {
  for (const name of ['fr.ink', 'en.ink']) f(name).write(f(name).read().replace(from, to));
};

describe('stories:check on broken scenarios', () => {
  it('passes the intact fixture, with its range per principle', () => {
    const { problems, result } = checkVariant(() => undefined);
    expect(problems).toEqual([]);
    expect(result.bounds).toEqual({ ethique: { worst: -3, best: 2 }, reseau: { worst: -1, best: 2 } });
    expect(result.exploration?.mode).toBe('exhaustive');
  });

  it('names an unknown tag with its file and line', () => {
    const { prefix, problems } = checkVariant((f) => {
      both(f, '# need: ana formation', '# besoin: ana formation');
    });
    expect(problems).toContain(`${prefix}/fr.ink:3: tag "besoin: ana formation": unknown tag "besoin"`);
    expect(problems).toContain(`${prefix}/en.ink:3: tag "besoin: ana formation": unknown tag "besoin"`);
  });

  it('names an unknown id', () => {
    const { prefix, problems } = checkVariant((f) => {
      both(f, '# share: ana cfp', '# share: ana ccas');
    });
    expect(problems).toContain(
      `${prefix}/fr.ink:6: tag "share: ana ccas": unknown id "ccas" in "share" (not in the cast)`,
    );
  });

  it('names an id of the wrong role', () => {
    const { prefix, problems } = checkVariant((f) => {
      both(f, 'Bonjour. # speaker: ana', 'Bonjour. # speaker: ana # trust: ana +2');
    });
    expect(problems[0]).toBe(
      `${prefix}/fr.ink:2: tag "trust: ana +2": "trust" needs a partner, but "ana" is a beneficiary`,
    );
  });

  it('names a malformed number', () => {
    const { prefix, problems } = checkVariant((f) => {
      both(f, '# score: reseau -1', '# score: reseau moins1');
    });
    expect(problems[0]).toMatch(
      new RegExp(`^${prefix}/fr.ink:11: tag "score: reseau moins1 .*": "moins1" is not a signed number`),
    );
  });

  it('finds a dead end', () => {
    const { prefix, problems } = checkVariant((f) => {
      both(f, '  # week\n-\n', '  # week\n  -> DONE\n-\n');
    });
    expect(
      problems.some((p) => p.startsWith(`${prefix}/fr.ink:`) && p.includes('dead end: the story stops here')),
    ).toBe(true);
  });

  it('finds a choice no playthrough can reach', () => {
    const unreachable = checkVariant((f) => {
      f('fr.ink').write(f('fr.ink').read().replace('* [Orienter', '* {false} [Jamais]\n  Jamais.\n* [Orienter'));
      f('en.ink').write(f('en.ink').read().replace('* [Refer', '* {false} [Never]\n  Never.\n* [Refer'));
    });
    expect(unreachable.problems).toContain(`${unreachable.prefix}/fr.ink:9: no playthrough can reach this choice`);
  });

  it('names the first difference between French and English', () => {
    const { prefix, problems } = checkVariant((f) => {
      f('en.ink').write(f('en.ink').read().replace('# consent: ana', '# consent: ana # trust: cfp +1'));
    });
    expect(problems).toEqual([
      `${prefix}/en.ink:4: differs from ${prefix}/fr.ink:5: the French has "# score: ethique +2", the English "# trust: cfp +1"`,
    ]);
  });

  it('reads a partner’s promise as words, so that French and English may differ there but not in its partner or weeks', () => {
    const translated = checkVariant((f) => {
      f('fr.ink').write(
        f('fr.ink')
          .read()
          .replace('Bonjour. # speaker: ana', 'Bonjour. # speaker: ana # pledge: cfp 1 Répondre vendredi'),
      );
      f('en.ink').write(
        f('en.ink').read().replace('Hello. # speaker: ana', 'Hello. # speaker: ana # pledge: cfp 1 Answer by Friday'),
      );
    });
    expect(translated.problems).toEqual([]);
    const later = checkVariant((f) => {
      f('fr.ink').write(
        f('fr.ink')
          .read()
          .replace('Bonjour. # speaker: ana', 'Bonjour. # speaker: ana # pledge: cfp 1 Répondre vendredi'),
      );
      f('en.ink').write(
        f('en.ink').read().replace('Hello. # speaker: ana', 'Hello. # speaker: ana # pledge: cfp 2 Answer by Friday'),
      );
    });
    expect(later.problems).toEqual([
      `${later.prefix}/en.ink:2: differs from ${later.prefix}/fr.ink:2: the French has "# pledge: cfp 1", the English "# pledge: cfp 2"`,
    ]);
  });

  it('refuses a scenario without its English script', () => {
    const { prefix, problems } = checkVariant(() => {
      rmSync(join(dirs.at(-1) ?? '', 'mini', 'en.ink'));
    });
    expect(problems).toEqual([`${prefix}/en.ink:1: missing: every scenario has fr.ink and en.ink`]);
  });

  it('refuses a manifest text without its English', () => {
    const { prefix, problems } = checkVariant((f) => {
      f('scenario.json').write(
        f('scenario.json').read().replace('"title": { "fr": "Mini", "en": "Mini" }', '"title": { "fr": "Mini" }'),
      );
    });
    expect(problems).toEqual([`${prefix}/scenario.json:5: title.en: missing (expected string)`]);
  });

  it('refuses an unknown manifest field, an unknown sector and a duplicate id', () => {
    const { prefix, problems } = checkVariant((f) => {
      f('scenario.json').write(
        f('scenario.json')
          .read()
          .replace('"minutes": 2,', '"minutes": 2,\n  "colour": "red",')
          .replace('"sector": "formation"', '"sector": "cuisine"'),
      );
    });
    expect(problems).toContain(`${prefix}/scenario.json:7: (root): unknown field "colour"`);
    expect(
      problems.some((p) => p.startsWith(`${prefix}/scenario.json:21: cast.1.sector: "cuisine" is not one of emploi`)),
    ).toBe(true);
    const dup = checkVariant((f) => {
      f('scenario.json').write(f('scenario.json').read().replace('"id": "cfp"', '"id": "ana"'));
    });
    expect(dup.problems.some((p) => p.includes('cast.1.id: duplicate id "ana"'))).toBe(true);
  });

  it('refuses an assessed principle that no path can earn, and warns of one no path can lose', () => {
    const { prefix, problems, messages } = checkVariant((f) => {
      both(f, '  # score: ethique +2 Bien : accord demandé.\n', '');
      both(f, '  # score: ethique +2 Good: consent asked.\n', '');
    });
    expect(problems).toContain(
      `${prefix}/scenario.json:1: principle "ethique" is assessed but no playthrough can earn it (best 0)`,
    );
    // reseau can be lost (-1) and earned (+2): no warning for it.
    expect(messages.filter((m) => m.includes('"reseau"'))).toEqual([]);
  });
});
