import { describe, expect, it } from 'vitest';
import { NarrativeError } from '../../src/narrative/errors.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { CompiledStory, PlaythroughRecord } from '../../src/narrative/runner.ts';
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
        { index: 0, text: 'Demander son accord', place: null, site: '0.14' },
        { index: 1, text: 'Envoyer le dossier', place: 'cfp', site: '0.23' },
      ],
    });
    expect(runner.state.beneficiaries['ana']?.needs).toEqual(['formation']);
  });

  it('gives each line the glossary terms its term: tags name, a tag on a line of its own included', () => {
    const compiled = inline(
      'Une médiation. # term: mediation\n# term: reseau\nLe réseau. # term: partenaire\nFin. # end\n-> END\n',
    );
    const runner = Runner.start(compiled, 1);
    expect(runner.next()).toMatchObject({ kind: 'line', text: 'Une médiation.', terms: ['mediation'] });
    expect(runner.next()).toMatchObject({ kind: 'line', text: 'Le réseau.', terms: ['reseau', 'partenaire'] });
    expect(runner.next()).toMatchObject({ kind: 'line', text: 'Fin.', terms: [] });
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

  it('gives each choice the same site in French and in English, and a different site per choice', () => {
    const sites = (locale: 'fr' | 'en'): string[] => {
      const runner = Runner.start(story(MINI, locale), 1);
      const out: string[] = [];
      for (;;) {
        const step = runner.next();
        if (step.kind === 'end') return out;
        if (step.kind === 'choices') {
          out.push(...step.choices.map((c) => c.site));
          runner.choose(0);
        }
      }
    };
    const fr = sites('fr');
    expect(fr).toHaveLength(4);
    expect(new Set(fr).size).toBe(4);
    expect(sites('en')).toEqual(fr);
  });

  it('replays calling back with every step live play produced, in order, with the choices made so far', () => {
    const live = Runner.start(story(MINI), 4);
    const seen: [string, number][] = [];
    const describe = (step: ReturnType<Runner['next']>): string =>
      step.kind === 'line' || step.kind === 'event' ? step.text : step.kind;
    for (;;) {
      const step = live.next();
      seen.push([describe(step), live.record.choices.length]);
      if (step.kind === 'end') break;
      if (step.kind === 'choices') live.choose(1);
    }
    const replayed: [string, number][] = [];
    const runner = Runner.replay(story(MINI), live.record, {
      stepsAfter: 10,
      onStep: (step, made) => replayed.push([describe(step), made]),
    });
    expect(replayed).toEqual(seen);
    expect(seen.map(([, made]) => made)).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
    expect(runner.state).toEqual(live.state);
  });

  it('replays only as many steps after the last choice as asked', () => {
    const kinds: string[] = [];
    Runner.replay(
      story(MINI),
      { scenario: 'mini', storyHash: story(MINI).storyHash, seed: 1, locale: 'fr', choices: [0] },
      { stepsAfter: 1, onStep: (step) => kinds.push(step.kind) },
    );
    expect(kinds).toEqual(['line', 'choices', 'line']);
  });

  it('refuses to replay a record made with another version of the story, before any step', () => {
    const onStep = (): void => {
      throw new Error('no step should be produced');
    };
    const record = { scenario: 'mini', storyHash: 'other', seed: 9, locale: 'fr' as const, choices: [] };
    const replay = (): Runner => Runner.replay(story(MINI), record, { onStep });
    expect(replay).toThrow(/another version/);
    expect(replay).toThrow(expect.objectContaining({ kind: 'bad-record' }));
  });

  it('replays mid-story to the same line, with the same state', () => {
    const runner = Runner.start(story(MINI), 3);
    runner.next();
    runner.next();
    runner.choose(0);
    const first = runner.next();
    const replayed = Runner.replay(story(MINI), runner.record, { stepsAfter: runner.stepsSinceChoice });
    expect(replayed.stepsSinceChoice).toBe(1);
    expect(replayed.next()).toEqual(runner.next());
    expect(replayed.state).toEqual(runner.state);
    expect(first).toMatchObject({ text: 'Vous demandez.' });
  });

  it('replays record after record on one loaded story exactly as a fresh runner does, even after a record that fails', () => {
    const compiled = story('stories/dumas');
    const random = (seed: number): PlaythroughRecord => {
      const runner = Runner.start(compiled, seed);
      let pick = seed;
      for (;;) {
        const step = runner.next();
        if (step.kind === 'end') return runner.record;
        if (step.kind === 'choices') {
          pick = (pick * 1103515245 + 12345) % 2 ** 31;
          runner.choose(step.choices[pick % step.choices.length]?.index ?? 0);
        }
      }
    };
    const first = random(11);
    const records = [first, random(12), random(13)];
    expect(new Set(records.map((r) => r.choices.join('.'))).size).toBe(3);
    const kept = Runner.replay(compiled, first, { stepsAfter: 10_000 });
    for (const record of [...records].reverse()) {
      // A record that breaks half-way leaves the kept runner mid-story; the next replay starts over.
      expect(() => kept.replay({ ...record, choices: [...record.choices, 0] })).toThrow(
        expect.objectContaining({ kind: 'bad-record' }),
      );
      const lines: string[] = [];
      kept.replay(record, { stepsAfter: 10_000, onStep: (step) => step.kind === 'line' && lines.push(step.text) });
      const freshLines: string[] = [];
      const fresh = Runner.replay(compiled, record, {
        stepsAfter: 10_000,
        onStep: (step) => step.kind === 'line' && freshLines.push(step.text),
      });
      expect(kept.state).toEqual(fresh.state);
      expect(kept.record).toEqual(record);
      expect(lines).toEqual(freshLines);
    }
    expect(() => kept.replay({ ...first, storyHash: 'other' })).toThrow(/another version/);
  });

  it('refuses a record with more choices than the story offers, or a choice not on offer', () => {
    const record = { scenario: 'mini', storyHash: story(MINI).storyHash, seed: 1, locale: 'fr' as const };
    expect(() => Runner.replay(story(MINI), { ...record, choices: [0, 0, 0] })).toThrow(
      expect.objectContaining({ kind: 'bad-record' }),
    );
    expect(() => Runner.replay(story(MINI), { ...record, choices: [7] })).toThrow(
      expect.objectContaining({ kind: 'bad-choice' }),
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
