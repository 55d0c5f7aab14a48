import type { Locale, PrincipleId } from './ids.ts';

export interface PrincipleInfo {
  readonly name: Readonly<Record<Locale, string>>;
  /** The section of the course chapter to re-read. */
  readonly section: Readonly<Record<Locale, string>>;
}

export const PRINCIPLE_INFO: Readonly<Record<PrincipleId, PrincipleInfo>> = {
  reseau: {
    name: { fr: 'Comprendre les dynamiques du réseau', en: 'Understanding network dynamics' },
    section: {
      fr: 'Compréhension des dynamiques de réseau ; étude de cas, étape 2 (cartographie)',
      en: 'Understanding network dynamics; case study, step 2 (mapping)',
    },
  },
  communication: {
    name: { fr: 'Communication ouverte', en: 'Open communication' },
    section: { fr: 'Importance des communications ouvertes', en: 'The importance of open communication' },
  },
  confiance: {
    name: { fr: 'Confiance mutuelle', en: 'Mutual trust' },
    section: { fr: 'Établir des relations de confiance', en: 'Building relationships of trust' },
  },
  numerique: {
    name: { fr: 'Outils numériques', en: 'Digital tools' },
    section: { fr: 'Utilisation des outils numériques', en: 'Using digital tools' },
  },
  conflits: {
    name: { fr: 'Gestion des conflits', en: 'Conflict management' },
    section: { fr: 'Gestion des conflits', en: 'Conflict management' },
  },
  evaluation: {
    name: { fr: 'Évaluation et réajustement', en: 'Evaluation and readjustment' },
    section: {
      fr: 'Évaluation et réajustement des partenariats',
      en: 'Evaluating and readjusting partnerships',
    },
  },
  equipe: {
    name: { fr: 'Travail en équipe, synergie des compétences', en: 'Teamwork and pooled skills' },
    section: {
      fr: 'Étude de cas, étape 1 ; synergie des compétences',
      en: 'Case study, step 1; pooling skills',
    },
  },
  ethique: {
    name: { fr: 'Confidentialité et déontologie', en: 'Confidentiality and professional ethics' },
    section: { fr: 'Respect de la confidentialité', en: 'Respecting confidentiality' },
  },
};

export const LEVELS = ['non_acquis', 'en_cours', 'acquis', 'maitrise'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Readonly<Record<Level, Readonly<Record<Locale, string>>>> = {
  non_acquis: { fr: 'Non acquis', en: 'Not acquired' },
  en_cours: { fr: 'En cours d’acquisition', en: 'Being acquired' },
  acquis: { fr: 'Acquis', en: 'Acquired' },
  maitrise: { fr: 'Maîtrisé', en: 'Mastered' },
};

/** The four levels' bands of percentages: 0–39, 40–69, 70–89, 90–100. */
export function levelOf(percent: number): Level {
  if (percent >= 90) return 'maitrise';
  if (percent >= 70) return 'acquis';
  if (percent >= 40) return 'en_cours';
  return 'non_acquis';
}
