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
      ['agree: ana cfp', { kind: 'agree', beneficiary: 'ana', partner: 'cfp' }],
      ['refuse: ana rpe', { kind: 'refuse', beneficiary: 'ana', partner: 'rpe' }],
      ['withdraw: ana', { kind: 'withdraw', beneficiary: 'ana' }],
      [
        'pledge: rpe 2 Une place à la crèche dès septembre',
        { kind: 'pledge', partner: 'rpe', weeks: 2, text: 'Une place à la crèche dès septembre' },
      ],
      ['pledge_kept: rpe', { kind: 'pledge_kept', partner: 'rpe' }],
      ['pledge_broken: rpe', { kind: 'pledge_broken', partner: 'rpe' }],
      ['term: secret_partage', { kind: 'term', id: 'secret_partage' }],
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
    ['agree: ana', '"agree" takes 2 values (beneficiary and partner), got 1'],
    ['refuse: ana cfp rpe', '"refuse" takes 2 values (beneficiary and partner), got 3'],
    ['agree: Ana cfp', '"Ana" is not an id'],
    ['withdraw: ana cfp', '"withdraw" names only the beneficiary'],
    ['withdraw:', '"withdraw" takes 1 value, got 0'],
    ['pledge: rpe 0 Une place', 'is not a number of weeks'],
    ['pledge: rpe deux Une place', '"deux" is not a number of weeks'],
    ['pledge: rpe 2', 'a pledge needs the promise after the weeks'],
    ['pledge_kept: rpe cfp', '"pledge_kept" takes 1 value, got 2'],
    ['pledge_broken:', '"pledge_broken" takes 1 value, got 0'],
    ['term:', '"term" takes 1 value, got 0'],
    ['term: Secret partagé', '"term" takes 1 value, got 2'],
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
  it('checks the roles of the new tags: a beneficiary, then a partner', () => {
    expect(readTag('agree: ana cfp', s).ok).toBe(true);
    expect(readTag('agree: cfp ana', s)).toEqual({
      ok: false,
      error: '"agree" needs a beneficiary, but "cfp" is a partner',
    });
    expect(readTag('refuse: ana sam', s)).toEqual({
      ok: false,
      error: '"refuse" needs a partner, but "sam" is a colleague',
    });
    expect(readTag('withdraw: cfp', s)).toEqual({
      ok: false,
      error: '"withdraw" needs a beneficiary, but "cfp" is a partner',
    });
    expect(readTag('pledge: ana 1 Rappeler', s)).toEqual({
      ok: false,
      error: '"pledge" needs a partner, but "ana" is a beneficiary',
    });
    expect(readTag('pledge_kept: caf', s)).toEqual({
      ok: false,
      error: 'unknown id "caf" in "pledge_kept" (not in the cast)',
    });
    expect(readTag('pledge_broken: sam', s).ok).toBe(false);
  });
  it('does not look a glossary term up in the cast', () => {
    expect(readTag('term: confiance_mutuelle', s)).toEqual({
      ok: true,
      tag: { kind: 'term', id: 'confiance_mutuelle' },
    });
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
