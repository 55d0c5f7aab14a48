// The parts of the map's view (src/map/world-view.ts) built from the play store: plain data, no rules.
import type { Locale } from '../engine/ids.ts';
import type { EngineState } from '../engine/state.ts';
import type { Scenario } from '../engine/world.ts';
import type { ChoiceView } from '../narrative/runner.ts';
import type { WorldBond, WorldMarker, WorldPartner } from '../map/world-view.ts';

/** Known: met, or named in evidence (the report's own definition, so map and report agree). */
export function isPartnerKnown(state: EngineState, partner: string): boolean {
  return (
    (state.partners[partner]?.lastContact ?? null) !== null || state.evidence.some((e) => e.subject.partner === partner)
  );
}

export function partnersView(scenario: Scenario, state: EngineState, locale: Locale): WorldPartner[] {
  return scenario.cast.flatMap((m): WorldPartner[] =>
    m.role === 'partner'
      ? [
          {
            id: m.id,
            name: m.name[locale],
            sector: m.sector,
            trust: state.partners[m.id]?.trust ?? m.trust,
            known: isPartnerKnown(state, m.id),
            startTrust: m.trust,
          },
        ]
      : [],
  );
}

export function bondsView(state: EngineState): WorldBond[] {
  return Object.entries(state.bonds)
    .map(([key, value]) => {
      const [a = '', b = ''] = key.split('|');
      return { a, b, value };
    })
    .sort((x, y) => `${x.a}|${x.b}`.localeCompare(`${y.a}|${y.b}`));
}

export function markersView(choices: readonly ChoiceView[]): WorldMarker[] {
  return choices.flatMap((c) => (c.place === null ? [] : [{ choiceIndex: c.index, place: c.place, text: c.text }]));
}
