import { describe, expect, it } from 'vitest';
import { createState } from '../../src/engine/state.ts';
import type { EngineState } from '../../src/engine/state.ts';
import { fileName, signed } from '../../src/ui/format.ts';
import { gapOf } from '../../src/ui/report/gap.ts';
import { bondsView, isPartnerKnown, markersView, partnersView } from '../../src/ui/build-world-view.ts';
import { miniEntry } from './state-fixture.ts';

describe('the gap between self-rating and measured level', () => {
  it('is none without a self-rating, a match when equal, and counts the levels otherwise', () => {
    expect(gapOf(undefined, 'acquis')).toEqual({ kind: 'none' });
    expect(gapOf('acquis', 'acquis')).toEqual({ kind: 'match' });
    expect(gapOf('maitrise', 'en_cours')).toEqual({ kind: 'over', steps: 2 });
    expect(gapOf('non_acquis', 'maitrise')).toEqual({ kind: 'under', steps: 3 });
  });
});

describe('the view the map is given', () => {
  const scenario = miniEntry().scenario;
  const fresh = (): EngineState => createState(scenario, 1);

  it('lists every partner, known once met or named in evidence', () => {
    const state = fresh();
    expect(partnersView(scenario, state, 'fr')).toEqual([
      { id: 'cfp', name: 'Centre', sector: 'formation', trust: 50, known: false, startTrust: 50 },
    ]);
    const met: EngineState = { ...state, partners: { cfp: { trust: 62, lastContact: 1 } } };
    expect(partnersView(scenario, met, 'en')[0]).toMatchObject({ trust: 62, known: true });
    const named: EngineState = {
      ...state,
      evidence: [
        {
          week: 1,
          principle: 'ethique',
          points: -3,
          source: 'share_without_consent',
          feedback: null,
          subject: { partner: 'cfp', beneficiary: 'ana' },
          decision: 0,
        },
      ],
    };
    expect(isPartnerKnown(named, 'cfp')).toBe(true);
  });

  it('splits bond keys into both partners, in a stable order', () => {
    const state: EngineState = { ...fresh(), bonds: { 'b|c': 40, 'a|b': 65 } };
    expect(bondsView(state)).toEqual([
      { a: 'a', b: 'b', value: 65 },
      { a: 'b', b: 'c', value: 40 },
    ]);
  });

  it('puts a marker for each choice that names a place, and only those', () => {
    expect(
      markersView([
        { index: 0, text: 'Appeler', place: null, site: 'k.0.c-0' },
        { index: 1, text: 'Envoyer', place: 'cfp', site: 'k.0.c-1' },
      ]),
    ).toEqual([{ choiceIndex: 1, place: 'cfp', text: 'Envoyer' }]);
  });
});

describe('formatting', () => {
  it('signs numbers with a true minus sign', () => {
    expect([5, 0, -3].map(signed)).toEqual(['+5', '0', '\u22123']);
  });

  it('makes file names safe on every system', () => {
    expect(fileName(['passerelles', 'rapport', 'Réunion été', '2025-03-03'], 'json')).toBe(
      'passerelles-rapport-reunion-ete-2025-03-03.json',
    );
  });
});
