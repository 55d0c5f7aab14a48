// What a difference between a claimed and a replayed report is about, read from its path
// ("principles.ethique.points", "network.bonds.cfp|mission_locale"), so that the trainer reads
// « Éthique — points : déclaré 12, rejoué 4 » rather than a path.
import { isOneOf, PRINCIPLES } from '../engine/ids.ts';
import type { PrincipleId } from '../engine/ids.ts';

export const FIGURES = [
  'points',
  'percent',
  'level',
  'best',
  'worst',
  'evidence',
  'needs',
  'solved',
  'consent',
  'referrals',
  'trust',
  'bond',
  'week',
  'finished',
  'timeline',
  'seed',
  'storyHash',
  'scenario',
  'other',
] as const;
export type Figure = (typeof FIGURES)[number];

export type Subject =
  | { readonly kind: 'principle'; readonly id: PrincipleId }
  | { readonly kind: 'beneficiary'; readonly id: string }
  | { readonly kind: 'partner'; readonly id: string }
  | { readonly kind: 'bond'; readonly a: string; readonly b: string }
  | { readonly kind: 'bonds' }
  | { readonly kind: 'principles' }
  | { readonly kind: 'game' };

export interface FigureRef {
  readonly subject: Subject;
  readonly figure: Figure;
}

const figureNamed = (name: string | undefined): Figure => {
  if (name === 'length' || name === undefined) return 'other';
  return isOneOf(FIGURES, name) ? name : 'other';
};

/** The subject and the figure a difference path names (`other` for a path it does not know). */
export function figureOf(path: string): FigureRef {
  const [head, second, third, fourth] = path.split('.');
  switch (head) {
    case 'principles':
      if (second === 'length') return { subject: { kind: 'principles' }, figure: 'other' };
      if (second !== undefined && isOneOf(PRINCIPLES, second)) {
        // "evidence.length": how many pieces of evidence.
        return { subject: { kind: 'principle', id: second }, figure: figureNamed(third) };
      }
      return { subject: { kind: 'game' }, figure: 'other' };
    case 'beneficiaries':
      return second === undefined
        ? { subject: { kind: 'game' }, figure: 'other' }
        : { subject: { kind: 'beneficiary', id: second }, figure: figureNamed(third) };
    case 'network':
      if (second === 'partners' && third !== undefined) {
        return { subject: { kind: 'partner', id: third }, figure: figureNamed(fourth) };
      }
      if (second === 'bonds') {
        if (third === 'length' || third === undefined) return { subject: { kind: 'bonds' }, figure: 'bond' };
        const [a = '', b = ''] = third.split('|');
        return { subject: { kind: 'bond', a, b }, figure: 'bond' };
      }
      return { subject: { kind: 'game' }, figure: 'other' };
    case 'timeline':
      return { subject: { kind: 'game' }, figure: 'timeline' };
    case 'scenario':
      return { subject: { kind: 'game' }, figure: 'scenario' };
    default:
      return { subject: { kind: 'game' }, figure: figureNamed(head) };
  }
}

/** A claimed or replayed value as a short text (`missing` when the claim leaves it out). */
export function figureValue(value: unknown, missing: string, yes: string, no: string): string {
  if (value === undefined || value === null) return missing;
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number' || typeof value === 'string') return String(value).slice(0, 60);
  if (Array.isArray(value)) return value.map((v) => figureValue(v, missing, yes, no)).join(', ') || '—';
  return JSON.stringify(value).slice(0, 60);
}
