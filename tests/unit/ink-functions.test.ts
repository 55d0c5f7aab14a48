// The functions a story calls to read the person's voice and the partners' pledges, through the
// project's own lib/engine.ink: in the game they answer from the engine, not from the fallbacks.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/narrative/compile.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { CompiledStory } from '../../src/narrative/runner.ts';
import { ROOT } from '../stories/load.ts';
import { scenario } from './helpers.ts';

function withEngineLib(ink: string): CompiledStory {
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-ink-'));
  cpSync(join(ROOT, 'stories/lib'), join(dir, 'lib'), { recursive: true });
  mkdirSync(join(dir, 'test'));
  const file = join(dir, 'test', 'fr.ink');
  writeFileSync(file, `INCLUDE ../lib/engine.ink\n${ink}`);
  return { scenario: scenario(), json: compileInk(file, dir).json, locale: 'fr', storyHash: 'h' };
}

function lines(compiled: CompiledStory): string[] {
  const runner = Runner.start(compiled, 1);
  const out: string[] = [];
  for (;;) {
    const step = runner.next();
    if (step.kind === 'end') return out;
    if (step.kind === 'line') out.push(step.text);
    else throw new Error(`unexpected ${step.kind}`);
  }
}

describe('ink functions: the person’s voice', () => {
  it('agreed(b, p) and refused(b, p) follow her latest word, partner by partner', () => {
    const compiled = withEngineLib(
      [
        'Avant : {agreed("ana", "cfp")} {refused("ana", "cfp")}.',
        'Elle refuse. # refuse: ana cfp',
        'Refus : {agreed("ana", "cfp")} {refused("ana", "cfp")} {refused("ana", "rpe")}.',
        'Elle accepte. # agree: ana cfp',
        'Accord : {agreed("ana", "cfp")} {refused("ana", "cfp")} {agreed("ana", "rpe")}.',
        'Fin. # end',
        '-> END',
      ].join('\n'),
    );
    expect(lines(compiled)).toEqual([
      'Avant : false false.',
      'Elle refuse.',
      'Refus : false true false.',
      'Elle accepte.',
      'Accord : true false false.',
      'Fin.',
    ]);
  });

  it('has_consent(b) answers false once she has withdrawn, true again after a new consent', () => {
    const compiled = withEngineLib(
      [
        'Oui. # consent: ana',
        '{has_consent("ana")}',
        'Elle retire son accord. # withdraw: ana',
        '{has_consent("ana")}',
        'Elle le redonne. # consent: ana',
        '{has_consent("ana")}',
        'Fin. # end',
        '-> END',
      ].join('\n'),
    );
    expect(lines(compiled).filter((l) => l === 'true' || l === 'false')).toEqual(['true', 'false', 'true']);
  });
});

describe('ink functions: partners’ pledges', () => {
  it('open_pledges, kept_pledges and broken_pledges count per partner, lapsed pledges included', () => {
    const count = (p: string): string => `{open_pledges("${p}")}/{kept_pledges("${p}")}/{broken_pledges("${p}")}`;
    const compiled = withEngineLib(
      [
        'Promesses. # pledge: cfp 1 Une réponse # pledge: cfp 2 Un créneau # pledge: rpe 1 Une place',
        `A ${count('cfp')} ${count('rpe')}`,
        'Le centre répond. # pledge_kept: cfp',
        `B ${count('cfp')} ${count('rpe')}`,
        'Fin de semaine. # week',
        'Lundi. # week',
        `C ${count('cfp')} ${count('rpe')}`,
        'Fin de la semaine 3. # week',
        `D ${count('cfp')} ${count('rpe')}`,
        'Fin. # end',
        '-> END',
      ].join('\n'),
    );
    const shown = lines(compiled).filter((l) => /^[ABCD] /.test(l));
    // Week 3 begins: the RPE's pledge (due week 2) has lapsed; the centre's (due week 3) lapses when week 3 ends.
    expect(shown).toEqual(['A 2/0/0 1/0/0', 'B 1/1/0 1/0/0', 'C 1/1/0 0/0/1', 'D 0/1/1 0/0/1']);
  });
});
