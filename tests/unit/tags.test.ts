import { describe, expect, it } from 'vitest';
import { checkTag, parseTag, readTag } from '../../src/engine/tags.ts';
import { scenario } from './helpers.ts';

describe('parseTag', () => {
  it('reads every tag of the contract', () => {
    const cases: [string, unknown][] = [
      ['speaker: ana', { kind: 'speaker', id: 'ana' }],
      ['mood: worried', { kind: 'mood', mood: 'worried' }],
      [
        'score: ethique -2 Vous avez transmis sans accord.',
        { kind: 'score', principle: 'ethique', points: -2, feedback: 'Vous avez transmis sans accord.' },
      ],
      ['trust: cfp +5', { kind: 'trust', partner: 'cfp', delta: 5 }],
      ['bond: cfp rpe -3', { kind: 'bond', a: 'cfp', b: 'rpe', delta: -3 }],
      ['meet: cfp', { kind: 'meet', id: 'cfp' }],
      ['need: ana garde_enfants', { kind: 'need', beneficiary: 'ana', need: 'garde_enfants' }],
      ['consent: ana', { kind: 'consent', beneficiary: 'ana' }],
      ['share: ana cfp', { kind: 'share', beneficiary: 'ana', partner: 'cfp' }],
      ['refer: ana cfp', { kind: 'refer', beneficiary: 'ana', partner: 'cfp' }],
      ['solve: ana formation', { kind: 'solve', beneficiary: 'ana', need: 'formation' }],
      [
        'commit: cfp 2 Envoyer sa candidature avant vendredi',
        { kind: 'commit', partner: 'cfp', weeks: 2, text: 'Envoyer sa candidature avant vendredi' },
      ],
      ['keep: cfp', { kind: 'keep', partner: 'cfp' }],
      ['time: 2', { kind: 'time', halfDays: 2 }],
      ['week', { kind: 'week' }],
      ['place: cfp', { kind: 'place', id: 'cfp' }],
      ['scene: channel', { kind: 'scene', scene: 'channel' }],
      ['end', { kind: 'end' }],
    ];
    for (const [raw, expected] of cases) expect(parseTag(raw)).toEqual({ ok: true, tag: expected });
  });

  it.each([
    ['colour: red', 'unknown tag "colour"'],
    ['score: equipe 2 Bien.', '"2" is not a signed number'],
    ['score: teamwork +2 Bien.', 'unknown principle "teamwork"'],
    ['score: equipe +2', 'feedback sentence'],
    ['trust: cfp +x', '"+x" is not a signed number'],
    ['trust: cfp', 'takes 2 values, got 1'],
    ['need: ana childcare', 'unknown need "childcare"'],
    ['mood: furious', 'unknown mood "furious"'],
    ['scene: beach', 'unknown scene "beach"'],
    ['time: -1', 'is not a number of half-days'],
    ['commit: cfp 0 Rien', 'is not a number of weeks'],
    ['week: 2', '"week" takes no value'],
    ['bond: cfp cfp +1', 'two different partners'],
  ])('refuses %s', (raw, message) => {
    const result = parseTag(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('checkTag', () => {
  const s = scenario();
  it('refuses an id that is not in the cast', () => {
    expect(readTag('trust: ccas +2', s)).toEqual({
      ok: false,
      error: 'unknown id "ccas" in "trust" (not in the cast)',
    });
  });
  it('refuses an id of the wrong role', () => {
    expect(readTag('trust: ana +2', s)).toEqual({
      ok: false,
      error: '"trust" needs a partner, but "ana" is a beneficiary',
    });
    expect(readTag('refer: cfp ana', s).ok).toBe(false);
    expect(readTag('consent: sam', s).ok).toBe(false);
  });
  it('accepts any cast member as speaker or place', () => {
    expect(readTag('speaker: sam', s).ok).toBe(true);
    expect(readTag('place: cfp', s).ok).toBe(true);
  });
  it('refuses a score on a principle the scenario does not assess', () => {
    const parsed = parseTag('score: numerique +1 Bien.');
    expect(parsed.ok && checkTag(parsed.tag, s)).toContain('not assessed');
  });
});
