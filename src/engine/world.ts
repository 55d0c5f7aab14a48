// What a scenario declares: the static world the engine plays in (read from scenario.json).
import type { EventKind, Locale, PrincipleId, Role, Sector } from './ids.ts';

export type Text = Readonly<Record<Locale, string>>;

interface CastBase {
  readonly id: string;
  readonly name: Text;
  readonly about: Text;
}
export interface Beneficiary extends CastBase {
  readonly role: 'beneficiary';
}
export interface Colleague extends CastBase {
  readonly role: 'colleague';
}
export interface Partner extends CastBase {
  readonly role: 'partner';
  readonly sector: Sector;
  readonly trust: number;
}
export type CastMember = Beneficiary | Colleague | Partner;

export interface WeekEvent {
  readonly id: string;
  readonly kind: EventKind;
  readonly partner?: string | undefined;
  readonly beneficiary?: string | undefined;
  readonly weeks: readonly [number, number];
  readonly chance: number;
  readonly text: Text;
}

export interface Scenario {
  readonly id: string;
  readonly version: number;
  /** Place in the module list's learning path (1 first); modules without one come after, by id. */
  readonly order?: number | undefined;
  readonly title: Text;
  readonly summary: Text;
  readonly minutes: number;
  readonly weeks: number;
  readonly timePerWeek: number;
  readonly principles: readonly PrincipleId[];
  readonly cast: readonly CastMember[];
  readonly events?: readonly WeekEvent[] | undefined;
}

export function roleOf(scenario: Scenario, id: string): Role | undefined {
  return scenario.cast.find((m) => m.id === id)?.role;
}

export function partnerOf(scenario: Scenario, id: string): Partner | undefined {
  const member = scenario.cast.find((m) => m.id === id);
  return member?.role === 'partner' ? member : undefined;
}

export function nameOf(scenario: Scenario, id: string, locale: Locale): string {
  return scenario.cast.find((m) => m.id === id)?.name[locale] ?? id;
}
