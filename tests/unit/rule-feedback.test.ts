// The report's sentence for a contact that faded says how long the silence really lasted.
import { describe, expect, it } from 'vitest';
import { applyTag } from '../../src/engine/rules.ts';
import { ruleText } from '../../src/engine/rule-feedback.ts';
import { createState } from '../../src/engine/state.ts';
import type { EngineState, Evidence } from '../../src/engine/state.ts';
import type { Locale } from '../../src/engine/ids.ts';
import { nameOf } from '../../src/engine/world.ts';
import { scenario, tag } from './helpers.ts';

const s = scenario({ weeks: 12 });

function play(tags: string[]): EngineState {
  return tags.reduce((state, raw) => applyTag(s, state, tag(raw)).state, createState(s, 1));
}

const weeks = (n: number): string[] => Array.from({ length: n }, () => 'week');

function faded(state: EngineState, locale: Locale): string[] {
  const name = (id: string | undefined): string => (id === undefined ? '' : nameOf(s, id, locale));
  return state.evidence
    .filter((e) => e.source === 'contact_faded')
    .map((e) => ruleText('contact_faded', locale).what(e, name));
}

describe('the faded contact’s feedback', () => {
  it('counts the weeks since the last contact, in French and in English', () => {
    // Met in week 2; nothing in weeks 3, 4 and 5: faded as week 5 ends.
    const state = play(['week', 'meet: cfp', ...weeks(4)]);
    expect(faded(state, 'fr')).toEqual([
      '3 semaines sans nouvelles de votre part pour Centre (dernier contact en semaine 2).',
    ]);
    expect(faded(state, 'en')).toEqual(['3 weeks without news from you for Centre (last contact in week 2).']);
  });

  it('says six weeks when the silence went on for six', () => {
    const state = play(['meet: cfp', ...weeks(7)]);
    expect(faded(state, 'fr')).toEqual([
      '3 semaines sans nouvelles de votre part pour Centre (dernier contact en semaine 1).',
      '6 semaines sans nouvelles de votre part pour Centre (dernier contact en semaine 1).',
    ]);
    expect(faded(state, 'en')[1]).toBe('6 weeks without news from you for Centre (last contact in week 1).');
  });

  it('gives no figure for evidence that does not carry the week of the last contact', () => {
    const [evidence] = play(['meet: cfp', ...weeks(4)]).evidence;
    if (!evidence) throw new Error('the contact should have faded');
    const older: Evidence = { ...evidence, subject: { partner: 'cfp' } };
    const name = (): string => 'Centre';
    expect(ruleText('contact_faded', 'fr').what(older, name)).toBe(
      'Des semaines sans nouvelles de votre part pour Centre.',
    );
    expect(ruleText('contact_faded', 'en').what(older, name)).toBe('Weeks without news from you for Centre.');
  });
});
