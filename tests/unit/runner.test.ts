import { describe, expect, it } from 'vitest';
import { NarrativeError } from '../../src/narrative/errors.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { CompiledStory } from '../../src/narrative/runner.ts';
import { compileInk } from '../../src/narrative/compile.ts';
import { scenario } from './helpers.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { story } from '../stories/load.ts';

const MINI = 'tests/fixtures/stories/mini';

function inline(ink: string): CompiledStory {
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-ink-'));
  const file = join(dir, 'fr.ink');
  writeFileSync(file, ink);
  return { scenario: scenario(), json: compileInk(file, dir).json, locale: 'fr', storyHash: 'h' };
}

describe('Runner', () => {
  it('shows lines with their speaker and applies their tags', () => {
    const runner = Runner.start(story(MINI), 1);
    expect(runner.next()).toMatchObject({ kind: 'line', text: 'Bonjour.', speaker: 'ana' });
    expect(runner.next()).toEqual({
      kind: 'choices',
      choices: [
        { index: 0, text: 'Demander son accord', place: null, site: expect.any(String) as string },
        { index: 1, text: 'Envoyer le dossier', place: 'cfp', site: expect.any(String) as string },
      ],
    });
    expect(runner.state.beneficiaries['ana']?.needs).toEqual(['formation']);
  });

  it('does not show a line that holds only tags, but applies them', () => {
    const compiled = inline('# trust: cfp +10\n* [A] a\n-\nFin. # end\n-> END\n');
    const runner = Runner.start(compiled, 1);
    expect(runner.next().kind).toBe('choices');
    expect(runner.state.partners['cfp']?.trust).toBe(50);
  });

  it('records choices and their texts, and replays them to the same state', () => {
    const runner = Runner.start(story(MINI), 9);
    for (;;) {
      const step = runner.next();
      if (step.kind === 'end') break;
      if (step.kind === 'choices') runner.choose(step.choices.length - 1);
    }
    expect(runner.record).toMatchObject({ scenario: 'mini', seed: 9, locale: 'fr', choices: [1, 1] });
    expect(runner.state.decisions.map((d) => d.text)).toEqual(['Envoyer le dossier', 'Attendre']);
    const again = Runner.replay(story(MINI), runner.record);
    while (again.next().kind !== 'end');
    expect(again.state).toEqual(runner.state);
  });

  it('saves and restores mid-story at the same line', () => {
    const runner = Runner.start(story(MINI), 3);
    runner.next();
    runner.next();
    runner.choose(0);
    const first = runner.next();
    const save = JSON.parse(JSON.stringify(runner.save())) as ReturnType<Runner['save']>;
    const restored = Runner.restore(story(MINI), save);
    expect(restored.next()).toEqual(runner.next());
    expect(restored.state).toEqual(runner.state);
    expect(first).toMatchObject({ text: 'Vous demandez.' });
  });

  it('refuses a save made with another story, or a corrupt one, with a typed error', () => {
    const runner = Runner.start(story(MINI), 3);
    const save = runner.save();
    expect(() => Runner.restore(story(MINI), { ...save, record: { ...save.record, storyHash: 'other' } })).toThrow(
      expect.objectContaining({ kind: 'bad-save' }),
    );
    expect(() => Runner.restore(story(MINI), { ...save, ink: '{not json' })).toThrow(
      expect.objectContaining({ kind: 'bad-save', message: 'the saved story state is corrupt' }),
    );
  });

  it('refuses a choice that is not on offer', () => {
    const runner = Runner.start(story(MINI), 3);
    expect(() => {
      runner.choose(0);
    }).toThrow(NarrativeError);
    runner.next();
    runner.next();
    expect(() => {
      runner.choose(5);
    }).toThrow(expect.objectContaining({ kind: 'bad-choice' }));
  });

  it('turns an ink runtime error into a typed error, never a crash', () => {
    const compiled = inline('EXTERNAL missing()\n~ missing()\nHello # end\n-> END\n');
    const runner = Runner.start(compiled, 1);
    expect(() => {
      for (let i = 0; i < 5; i += 1) runner.next();
    }).toThrow(NarrativeError);
  });

  it('reports a story that stops with no choice and no end as a dead end', () => {
    const runner = Runner.start(inline('Hello.\n-> DONE\n'), 1);
    runner.next();
    expect(() => runner.next()).toThrow(expect.objectContaining({ kind: 'dead-end' }));
  });

  it('reports an unknown tag met at run time', () => {
    const runner = Runner.start(inline('Hello. # colour: red\n-> END\n'), 1);
    expect(() => runner.next()).toThrow(expect.objectContaining({ kind: 'bad-tag' }));
  });

  it('external functions read the engine state', () => {
    const compiled = inline(
      'EXTERNAL trust(p)\nEXTERNAL has_consent(b)\n' +
        '* [x] Done. # trust: cfp +7 # consent: ana\n  -> after\n=== after\nTrust {trust("cfp")}, consent {has_consent("ana")}. # end\n-> END\n' +
        '=== function trust(p)\n~ return 0\n=== function has_consent(b)\n~ return false\n',
    );
    const runner = Runner.start(compiled, 1);
    runner.next();
    runner.choose(0);
    expect(runner.next()).toMatchObject({ text: 'Done.', trust: { cfp: 7 } });
    expect(runner.next()).toMatchObject({ text: 'Trust 47, consent true.' });
  });

  it('seeds ink’s random numbers: the same seed gives the same lines', () => {
    const compiled = inline('~ temp a = RANDOM(1, 1000)\n~ temp b = RANDOM(1, 1000)\n{a} {b} # end\n-> END\n');
    const text = (seed: number) => (Runner.start(compiled, seed).next() as { text: string }).text;
    expect(text(5)).toBe(text(5));
    expect(new Set([1, 2, 3, 4, 5, 6].map(text)).size).toBeGreaterThan(1);
  });
});
