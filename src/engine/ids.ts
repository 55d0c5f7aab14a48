// The vocabulary shared by manifests, tags, the engine and the report.

export const PRINCIPLES = [
  'reseau',
  'communication',
  'confiance',
  'numerique',
  'conflits',
  'evaluation',
  'equipe',
  'ethique',
] as const;
export type PrincipleId = (typeof PRINCIPLES)[number];

/** Sectors of partners and needs of beneficiaries share one list: a need is met by its sector. */
export const SECTORS = [
  'emploi',
  'formation',
  'entreprise',
  'social',
  'logement',
  'sante',
  'mobilite',
  'garde_enfants',
  'administratif',
  'langue',
  'ressources',
] as const;
export type Sector = (typeof SECTORS)[number];
export type NeedId = Sector;

export const ROLES = ['beneficiary', 'partner', 'colleague'] as const;
export type Role = (typeof ROLES)[number];

export const MOODS = ['neutral', 'happy', 'worried', 'annoyed', 'sad'] as const;
export type Mood = (typeof MOODS)[number];

export const SCENES = ['office', 'territory', 'meeting', 'phone', 'channel'] as const;
export type SceneId = (typeof SCENES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const EVENT_KINDS = ['training_opens', 'contact_change', 'situation_change'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
