// A scenario written the way Inky authors write: tags inside inline conditionals and sequences,
// tunnels, threads, functions, glue, conditional and sticky choices, a fallback choice. It must
// pass the checker and play; broken variants are named with their file and line.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenario, compiledStory } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/content/scenario-files.ts';
import type { Locale } from '../../src/engine/ids.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { LineStep } from '../../src/narrative/runner.ts';
import { ROOT, scratchStories } from '../stories/load.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function inky(edit?: (dir: string) => void): { dir: string; prefix: string } {
  const stories = scratchStories(['tests/fixtures/stories/inky']);
  made.push(stories);
  const dir = join(stories, 'inky');
  edit?.(dir);
  return { dir, prefix: relative(ROOT, dir) };
}

const replaceIn = (dir: string, file: string, from: string, to: string): void => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
};

/** Plays to the end, taking the choice whose label contains the first matching word. */
function play(runner: Runner, prefer: readonly string[]): LineStep[] {
  const lines: LineStep[] = [];
  for (let guard = 0; guard < 200; guard += 1) {
    const step = runner.next();
    if (step.kind === 'end') return lines;
    if (step.kind === 'line') lines.push(step);
    if (step.kind === 'choices') {
      const wanted = prefer.flatMap((w) => step.choices.filter((c) => c.text.includes(w)));
      runner.choose((wanted[0] ?? step.choices[0])?.index ?? 0);
    }
  }
  throw new Error('the story did not end');
}

describe('an Inky-style scenario', () => {
  const { dir } = inky();
  const check = checkScenario(dir, ROOT);

  it('passes the checker, explored exhaustively, warned only of its guessable answers', () => {
    expect(
      check.problems
        .filter((p) => !p.message.startsWith('guessable') && !p.message.startsWith('few'))
        .map(formatProblem),
    ).toEqual([]);
    expect(check.exploration?.mode).toBe('exhaustive');
    expect(check.bounds).toEqual({ ethique: { worst: -3, best: 2 }, reseau: { worst: -1, best: 2 } });
  });

  const compiled = (locale: Locale) => {
    if (!check.source) throw new Error('not loaded');
    return compiledStory(check.source, locale);
  };

  it('applies the tags written inside an inline conditional and a sequence', () => {
    const lines = play(Runner.start(compiled('fr'), 1), ['Demander', 'Orienter']);
    const answer = lines.find((l) => l.text === '«\u00a0Bien sûr.\u00a0»');
    expect(answer).toMatchObject({ speaker: 'fle', mood: 'happy' });
    // The function's text and the glued line.
    expect(lines.map((l) => l.text)).toContain('Bonjour, Ana.');
    expect(lines.map((l) => l.text)).toContain('Vous parlez de son projet de formation.');
    // The sequence's second branch, on the second visit of the office.
    expect(lines.filter((l) => l.text === 'Le téléphone sonne encore.')).toHaveLength(1);
  });

  it('plays every kind of path to its end in both languages: tunnel from a thread, fallback choice', () => {
    for (const locale of ['fr', 'en'] as const) {
      const good = Runner.start(compiled(locale), 1);
      play(good, locale === 'fr' ? ['Demander', 'Orienter'] : ['consent', 'Refer']);
      expect(good.state.ended).toBe(true);
      expect(good.state.evidence.map((e) => [e.principle, e.points])).toEqual([
        ['ethique', 2],
        ['reseau', 2],
      ]);
      // Asking consent, then calling twice through the thread's sticky choice: no choice is left
      // but the fallback, which ink takes by itself.
      const fallback = Runner.start(compiled(locale), 1);
      const lines = play(fallback, locale === 'fr' ? ['Demander', 'Rappeler'] : ['consent', 'Call']);
      expect(fallback.record.choices).toHaveLength(2);
      expect(fallback.state.evidence.map((e) => [e.principle, e.points])).toEqual([
        ['ethique', 2],
        ['reseau', -1],
      ]);
      expect(lines.filter((l) => l.speaker === 'fle')).toHaveLength(2);
    }
  });

  it('names a wrong tag inside an inline conditional with its file and line', () => {
    const broken = inky((d) => {
      replaceIn(d, 'fr.ink', '# mood: happy|', '# mood: joyeux|');
    });
    const problems = checkScenario(broken.dir, ROOT).problems.map(formatProblem);
    expect(problems[0]).toBe(
      `${broken.prefix}/fr.ink:26: tag "mood: joyeux": unknown mood "joyeux" (one of neutral, happy, worried, annoyed, sad)`,
    );
  });

  it('names a wrong tag inside a sequence, and keeps effects out of a choice label', () => {
    const broken = inky((d) => {
      replaceIn(d, 'en.ink', '# mood: neutral}', '# mood: calm}');
      replaceIn(d, 'en.ink', '[Call the workshop again # place: fle]', '[Call the workshop again # trust: fle +1]');
    });
    const problems = checkScenario(broken.dir, ROOT).problems.map(formatProblem);
    expect(problems).toContain(
      `${broken.prefix}/en.ink:30: tag "mood: calm": unknown mood "calm" (one of neutral, happy, worried, annoyed, sad)`,
    );
    expect(problems).toContain(
      `${broken.prefix}/en.ink:44: tag "trust: fle +1": only "place:" goes inside a choice's brackets; put effects on the first line of its result`,
    );
  });

  it('refuses a computed tag and a French/English difference inside an inline conditional', () => {
    const broken = inky((d) => {
      replaceIn(d, 'fr.ink', '# speaker: fle # mood: worried}', '# speaker: cfp # mood: worried}');
      replaceIn(d, 'en.ink', 'Friday evening. # week', 'Friday evening. # week {appels}');
    });
    const problems = checkScenario(broken.dir, ROOT).problems.map(formatProblem);
    expect(problems).toContain(`${broken.prefix}/en.ink:48: tag "week…": tags are fixed text (no {…} inside a tag)`);
    expect(problems).toContain(
      `${broken.prefix}/en.ink:26: differs from ${broken.prefix}/fr.ink:26: the French has "# speaker: cfp", the English "# speaker: fle"`,
    );
  });
});
