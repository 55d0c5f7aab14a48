// The sentences the report shows for evidence the engine produced by itself.
import type { Locale } from './ids.ts';
import type { Evidence, RuleId } from './state.ts';

type Names = (id: string | undefined) => string;

interface RuleText {
  readonly what: (e: Evidence, name: Names) => string;
  readonly why: string;
}

const TEXT: Readonly<Record<Locale, Readonly<Record<RuleId, RuleText>>>> = {
  fr: {
    share_without_consent: {
      what: (e, n) =>
        `Des informations sur ${n(e.subject.beneficiary)} ont été transmises à ${n(e.subject.partner)} sans son accord.`,
      why: 'On explique à la personne ce qui sera partagé, avec qui et pourquoi, et on recueille son accord avant toute transmission.',
    },
    refer_in_field: {
      what: (e, n) => `${n(e.subject.beneficiary)} orienté·e vers ${n(e.subject.partner)}, dont c’est la mission.`,
      why: 'Orienter vers le partenaire dont la mission correspond au besoin identifié, c’est comprendre les rôles de chacun dans le réseau.',
    },
    refer_out_of_field: {
      what: (e, n) =>
        `${n(e.subject.beneficiary)} orienté·e vers ${n(e.subject.partner)}, hors de son champ d’intervention ou sans besoin identifié.`,
      why: 'Une orientation hors du champ d’un partenaire fait perdre du temps à la personne et use la relation : on identifie d’abord le besoin, puis le bon interlocuteur.',
    },
    promise_kept: {
      what: (e, n) => `Engagement tenu auprès de ${n(e.subject.partner)} : « ${e.subject.promise ?? ''} ».`,
      why: 'La confiance se bâtit dans le temps, par des accords respectés.',
    },
    promise_missed: {
      what: (e, n) => `Engagement non tenu auprès de ${n(e.subject.partner)} : « ${e.subject.promise ?? ''} ».`,
      why: 'Chaque partenaire doit pouvoir compter sur l’engagement de l’autre à respecter les accords passés ; un délai manqué entame la confiance.',
    },
    contact_faded: {
      what: (e, n) => {
        const partner = n(e.subject.partner);
        const since = e.subject.lastContact;
        // Evidence recorded before it carried the week of the last contact: no figure rather than a wrong one.
        if (since === undefined) return `Des semaines sans nouvelles de votre part pour ${partner}.`;
        const weeks = e.week - since;
        return `${weeks} ${weeks > 1 ? 'semaines' : 'semaine'} sans nouvelles de votre part pour ${partner} (dernier contact en semaine ${since}).`;
      },
      why: 'La confiance s’entretient par des interactions régulières, pas seulement quand on a besoin d’une place.',
    },
  },
  en: {
    share_without_consent: {
      what: (e, n) =>
        `Information about ${n(e.subject.beneficiary)} was passed to ${n(e.subject.partner)} without their consent.`,
      why: 'Explain to the person what will be shared, with whom and why, and obtain their consent before passing anything on.',
    },
    refer_in_field: {
      what: (e, n) => `${n(e.subject.beneficiary)} referred to ${n(e.subject.partner)}, whose mission it is.`,
      why: 'Referring to the partner whose mission matches the identified need shows you understand each member’s role in the network.',
    },
    refer_out_of_field: {
      what: (e, n) =>
        `${n(e.subject.beneficiary)} referred to ${n(e.subject.partner)}, outside its field or with no identified need.`,
      why: 'A referral outside a partner’s field wastes the person’s time and wears the relationship: identify the need first, then the right partner.',
    },
    promise_kept: {
      what: (e, n) => `Commitment kept with ${n(e.subject.partner)}: “${e.subject.promise ?? ''}”.`,
      why: 'Trust is built over time, through agreements that are honoured.',
    },
    promise_missed: {
      what: (e, n) => `Commitment missed with ${n(e.subject.partner)}: “${e.subject.promise ?? ''}”.`,
      why: 'Each partner must be able to rely on the other to honour agreements; a missed deadline erodes trust.',
    },
    contact_faded: {
      what: (e, n) => {
        const partner = n(e.subject.partner);
        const since = e.subject.lastContact;
        if (since === undefined) return `Weeks without news from you for ${partner}.`;
        const weeks = e.week - since;
        return `${weeks} ${weeks > 1 ? 'weeks' : 'week'} without news from you for ${partner} (last contact in week ${since}).`;
      },
      why: 'Trust is kept up through regular contact, not only when you need a place.',
    },
  },
};

export function ruleText(rule: RuleId, locale: Locale): RuleText {
  return TEXT[locale][rule];
}
