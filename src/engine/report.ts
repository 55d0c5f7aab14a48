// The end-of-game report: a plain data model built from the engine state, the scenario and the
// bounds the explorer computed. Rendering (DOM, print, JSON) happens elsewhere.
import type { Locale, NeedId, PrincipleId, Sector } from './ids.ts';
import { LEVEL_NAMES, levelOf, PRINCIPLE_INFO } from './principles.ts';
import type { Level } from './principles.ts';
import { ruleText } from './rule-feedback.ts';
import { pointsOf } from './state.ts';
import type { EngineState, Evidence, PromiseStatus } from './state.ts';
import { nameOf } from './world.ts';
import type { Scenario } from './world.ts';

/** Worst and best points achievable per principle, as found by the explorer. */
export type Bounds = Readonly<Partial<Record<PrincipleId, { readonly worst: number; readonly best: number }>>>;

export interface EvidenceView {
  readonly week: number;
  readonly points: number;
  /** What happened: the learner's choice, or what the engine observed. */
  readonly what: string;
  /** Why it matters. */
  readonly why: string;
  /** The course section to re-read. */
  readonly section: string;
  readonly source: Evidence['source'];
}

export interface PrincipleReport {
  readonly id: PrincipleId;
  readonly name: string;
  readonly level: Level;
  readonly levelName: string;
  readonly percent: number;
  readonly points: number;
  readonly best: number;
  readonly worst: number;
  readonly section: string;
  readonly evidence: readonly EvidenceView[];
}

export interface BeneficiaryReport {
  readonly id: string;
  readonly name: string;
  readonly needs: readonly NeedId[];
  readonly solved: readonly NeedId[];
  readonly consent: boolean;
  readonly referrals: readonly { readonly partner: string; readonly name: string }[];
}

export interface PartnerReport {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
  readonly trust: number;
  readonly startTrust: number;
  readonly known: boolean;
}

export interface BondReport {
  readonly a: string;
  readonly b: string;
  readonly value: number;
}

export interface Report {
  readonly scenario: { readonly id: string; readonly version: number; readonly title: string };
  readonly locale: Locale;
  readonly storyHash: string;
  readonly seed: number;
  readonly finished: boolean;
  readonly week: number;
  readonly principles: readonly PrincipleReport[];
  readonly beneficiaries: readonly BeneficiaryReport[];
  readonly network: { readonly partners: readonly PartnerReport[]; readonly bonds: readonly BondReport[] };
  readonly promises: readonly {
    readonly partner: string;
    readonly text: string;
    readonly due: number;
    readonly status: PromiseStatus;
  }[];
  readonly events: readonly { readonly id: string; readonly week: number; readonly text: string }[];
  readonly timeline: readonly { readonly week: number; readonly text: string }[];
}

/** Percentage of the best achievable, 0–100; no points possible gives 0. */
export function percentOf(points: number, best: number): number {
  if (best <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((points / best) * 100)));
}

export interface ReportInput {
  readonly scenario: Scenario;
  readonly state: EngineState;
  readonly bounds: Bounds;
  readonly locale: Locale;
  readonly storyHash: string;
  readonly seed: number;
}

export function buildReport({ scenario, state, bounds, locale, storyHash, seed }: ReportInput): Report {
  const name = (id: string | undefined): string => (id === undefined ? '' : nameOf(scenario, id, locale));
  const points = pointsOf(state);

  const view = (e: Evidence): EvidenceView => {
    const section = PRINCIPLE_INFO[e.principle].section[locale];
    if (e.source === 'tag') {
      const decision = e.decision === null ? undefined : state.decisions[e.decision];
      return {
        week: e.week,
        points: e.points,
        what: decision?.text ?? '',
        why: e.feedback ?? '',
        section,
        source: e.source,
      };
    }
    const text = ruleText(e.source, locale);
    return { week: e.week, points: e.points, what: text.what(e, name), why: text.why, section, source: e.source };
  };

  const principles = scenario.principles.map((id): PrincipleReport => {
    const p = points[id] ?? 0;
    const bound = bounds[id] ?? { worst: Math.min(0, p), best: Math.max(0, p) };
    const percent = percentOf(p, bound.best);
    const level = levelOf(percent);
    return {
      id,
      name: PRINCIPLE_INFO[id].name[locale],
      level,
      levelName: LEVEL_NAMES[level][locale],
      percent,
      points: p,
      best: bound.best,
      worst: bound.worst,
      section: PRINCIPLE_INFO[id].section[locale],
      evidence: state.evidence.filter((e) => e.principle === id).map(view),
    };
  });

  const beneficiaries = scenario.cast.flatMap((m): BeneficiaryReport[] => {
    const b = m.role === 'beneficiary' ? state.beneficiaries[m.id] : undefined;
    if (!b) return [];
    return [
      {
        id: m.id,
        name: m.name[locale],
        needs: b.needs,
        solved: b.solved,
        consent: b.consent,
        referrals: b.referrals.map((partner) => ({ partner, name: name(partner) })),
      },
    ];
  });

  const partners = scenario.cast.flatMap((m): PartnerReport[] => {
    const p = m.role === 'partner' ? state.partners[m.id] : undefined;
    if (!p || m.role !== 'partner') return [];
    const known = p.lastContact !== null || state.evidence.some((e) => e.subject.partner === m.id);
    return [{ id: m.id, name: m.name[locale], sector: m.sector, trust: p.trust, startTrust: m.trust, known }];
  });

  const bonds = Object.entries(state.bonds)
    .map(([key, value]) => {
      const [a = '', b = ''] = key.split('|');
      return { a, b, value };
    })
    .sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b));

  const eventText = new Map((scenario.events ?? []).map((e) => [e.id, e.text[locale]]));

  return {
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title[locale] },
    locale,
    storyHash,
    seed,
    finished: state.ended,
    week: state.week,
    principles,
    beneficiaries,
    network: { partners, bonds },
    promises: state.promises.map((p) => ({ partner: p.partner, text: p.text, due: p.due, status: p.status })),
    events: state.events.map((e) => ({ id: e.id, week: e.week, text: eventText.get(e.id) ?? e.id })),
    timeline: state.decisions.map((d) => ({ week: d.week, text: d.text })),
  };
}
