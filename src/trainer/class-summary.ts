// The class at a glance: pure aggregation of the learners' verified reports for one module (and one
// session code), with the scenario's decision map. Every figure comes from the replayed reports;
// entries that are not verified are only counted as left out. No first name enters the summary
// unless the trainer asks for them.
import type { Locale, NeedId, PrincipleId } from '../engine/ids.ts';
import { LEVELS } from '../engine/principles.ts';
import type { Level } from '../engine/principles.ts';
import type { BeneficiaryReport, PrincipleReport, Report } from '../engine/report.ts';

// --- What the aggregation reads (the trainer space's entries and the checker's decision map fit these) ---

export type VerdictStatus = 'verified' | 'altered' | 'other-version' | 'unreadable';
export type LeftOutStatus = Exclude<VerdictStatus, 'verified'>;
export const LEFT_OUT_STATUSES: readonly LeftOutStatus[] = ['altered', 'other-version', 'unreadable'];

/** A decision as the replay saw it: the site of the option taken and of every option offered. */
export interface DecisionTakenInput {
  readonly site: string;
  readonly offered: readonly string[];
}

/** The figures of a replayed report that the class reads (a whole `Report` fits). */
export interface ReplayedReport {
  readonly scenario: Pick<Report['scenario'], 'id'>;
  readonly principles: readonly Pick<PrincipleReport, 'id' | 'level' | 'percent'>[];
  readonly beneficiaries: readonly BeneficiaryReport[];
}

export interface VerdictInput {
  readonly status: VerdictStatus;
  /** The replayed report and decisions (for verified and altered reports). */
  readonly replay?: { readonly report: ReplayedReport; readonly decisions: readonly DecisionTakenInput[] };
  /** The playthrough record, when it could be read (it names the module). */
  readonly record?: { readonly scenario: string };
}

/** A self-rating is a level, or its index 0–3 as the report file stores it; absent means "I don't know". */
export type SelfRatingInput = Readonly<Partial<Record<PrincipleId, Level | number>>>;

export interface ClassEntryInput {
  readonly key: string;
  readonly firstName: string;
  readonly sessionCode: string;
  readonly selfRating: SelfRatingInput;
  readonly verdict: VerdictInput;
}

export type LocalText = Readonly<Record<Locale, string>>;

export interface DecisionOptionInput {
  readonly site: string;
  readonly label: LocalText;
  /** Points per principle from the option's result up to the next decision. */
  readonly evidence: Readonly<Partial<Record<PrincipleId, number>>>;
}

export interface DecisionPointInput {
  /** The sites of the options offered together, in order, joined by a space (`decisionIdOf`). */
  readonly id: string;
  readonly prompt: LocalText;
  readonly options: readonly DecisionOptionInput[];
}

/** The checker's decision map: every decision point its explorer met, in the order it met them. */
export interface DecisionMapInput {
  readonly decisions: readonly DecisionPointInput[];
}

/** A decision point's id from the sites of the options offered, as the checker writes it. */
export function decisionIdOf(sites: readonly string[]): string {
  return sites.join(' ');
}

// --- What it gives ---

export interface LevelCount {
  readonly level: Level;
  readonly count: number;
  /** Whole percentages of the class; the four add up to 100 (0 each when nobody counts). */
  readonly share: number;
}

export interface PrincipleSummary {
  readonly id: PrincipleId;
  readonly levels: readonly LevelCount[];
  /** Median percentage of the counted learners (null when nobody counts). */
  readonly median: number | null;
}

export interface SelfRatingSummary {
  readonly id: PrincipleId;
  /** Rated themselves above the level they reached. */
  readonly over: number;
  readonly under: number;
  readonly matched: number;
  /** Gave no rating ("I don't know"). */
  readonly unrated: number;
}

export interface OptionSummary {
  readonly site: string;
  readonly label: LocalText;
  readonly evidence: Readonly<Partial<Record<PrincipleId, number>>>;
  /** Sum of the option's points over every principle. */
  readonly total: number;
  /** How many of the learners who met the decision took this option. */
  readonly count: number;
  readonly share: number;
  /** The best option of the decision (highest total, strictly above the worst). */
  readonly good: boolean;
}

export interface DecisionSummary {
  readonly id: string;
  /** Its place in the decision map, which follows the story. */
  readonly order: number;
  readonly prompt: LocalText;
  /** Learners who met this decision. */
  readonly met: number;
  readonly options: readonly OptionSummary[];
  /** Share of those learners who did not take a good option; null when no option is better than another. */
  readonly missed: number | null;
  /** 100 minus the share of the most taken option: 0 when the class was unanimous. */
  readonly split: number;
}

export interface BeneficiarySummary {
  readonly id: string;
  readonly name: string;
  /** Counted learners whose playthrough met this person. */
  readonly learners: number;
  readonly needs: readonly { readonly need: NeedId; readonly identified: number; readonly solved: number }[];
  readonly consent: number;
  readonly referrals: readonly { readonly partner: string; readonly name: string; readonly count: number }[];
}

export interface LearnerRow {
  readonly firstName: string;
  readonly sessionCode: string;
  readonly principles: readonly {
    readonly id: PrincipleId;
    readonly percent: number;
    readonly level: Level;
    readonly self: Level | null;
  }[];
}

export interface ClassSummary {
  readonly module: string;
  /** The session code filtered on, or null for every session. */
  readonly session: string | null;
  /** Verified reports counted in every figure. */
  readonly counted: number;
  /** Reports of this module and session left out of the figures, by status. */
  readonly leftOut: Readonly<Record<LeftOutStatus, number>>;
  /** Reports whose module cannot be read at all (unreadable ones), matching the session filter. */
  readonly unknownModule: number;
  readonly principles: readonly PrincipleSummary[];
  readonly selfRating: readonly SelfRatingSummary[];
  /** Every decision point, the most-missed good decisions first (see `orderDecisions`). */
  readonly decisions: readonly DecisionSummary[];
  readonly beneficiaries: readonly BeneficiarySummary[];
  /** Present only when the trainer asked to show first names. */
  readonly learners?: readonly LearnerRow[];
}

export interface SummaryOptions {
  readonly module: string;
  /** A session code ('' or null: every session). Compared without case or surrounding spaces. */
  readonly session?: string | null;
  readonly showNames?: boolean;
}

// --- Small pure pieces ---

/** Whole percentages of `counts` that add up to exactly 100 (largest remainders), or all 0 when the total is 0. */
export function sharesOf(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const shares = exact.map(Math.floor);
  let rest = 100 - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    rest -= 1;
  }
  return shares;
}

export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export function levelOfRating(rating: Level | number | undefined): Level | null {
  if (rating === undefined) return null;
  if (typeof rating === 'number') return LEVELS[rating] ?? null;
  return rating;
}

export function normaliseSession(code: string): string {
  return code.trim().toLocaleUpperCase('fr');
}

/** The module a report belongs to: from its replay, else from its record; null when unreadable. */
export function moduleOf(entry: ClassEntryInput): string | null {
  return entry.verdict.replay?.report.scenario.id ?? entry.verdict.record?.scenario ?? null;
}

function inSession(entry: ClassEntryInput, session: string | null): boolean {
  return session === null || normaliseSession(entry.sessionCode) === session;
}

/** The modules present in the class, in order of first appearance. */
export function modulesOf(entries: readonly ClassEntryInput[]): string[] {
  return [...new Set(entries.map(moduleOf).filter((m): m is string => m !== null))];
}

/** The session codes used in a module, normalised and sorted ('' for reports without one). */
export function sessionsOf(entries: readonly ClassEntryInput[], module: string): string[] {
  const codes = entries.filter((e) => moduleOf(e) === module).map((e) => normaliseSession(e.sessionCode));
  return [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'fr'));
}

// --- The summary ---

type Counted = ClassEntryInput & {
  readonly verdict: VerdictInput & { readonly replay: NonNullable<VerdictInput['replay']> };
};

const isCounted = (entry: ClassEntryInput): entry is Counted =>
  entry.verdict.status === 'verified' && entry.verdict.replay !== undefined;

export function summariseClass(
  entries: readonly ClassEntryInput[],
  map: DecisionMapInput | null,
  options: SummaryOptions,
): ClassSummary {
  const session = options.session ? normaliseSession(options.session) : null;
  const inScope = entries.filter((e) => inSession(e, session));
  const ofModule = inScope.filter((e) => moduleOf(e) === options.module);
  const counted = ofModule.filter(isCounted);
  const leftOut: Record<LeftOutStatus, number> = { altered: 0, 'other-version': 0, unreadable: 0 };
  for (const e of ofModule)
    if (!isCounted(e)) leftOut[e.verdict.status === 'verified' ? 'unreadable' : e.verdict.status] += 1;

  const reports = counted.map((e) => e.verdict.replay.report);
  const principleIds = principlesOf(reports);
  const firstChoices = counted.map((e) => firstTaken(e.verdict.replay.decisions));

  const summary: ClassSummary = {
    module: options.module,
    session,
    counted: counted.length,
    leftOut,
    unknownModule: inScope.filter((e) => moduleOf(e) === null).length,
    principles: principleIds.map((id) => principleSummary(id, reports)),
    selfRating: principleIds.map((id) => selfRatingSummary(id, counted)),
    decisions: orderDecisions(
      (map?.decisions ?? []).map((point, order) => decisionSummary(point, order, firstChoices)),
    ),
    beneficiaries: beneficiarySummaries(reports),
  };
  if (!options.showNames) return summary;
  return {
    ...summary,
    learners: counted.map((e) => ({
      firstName: e.firstName,
      sessionCode: e.sessionCode,
      principles: e.verdict.replay.report.principles.map((p) => ({
        id: p.id,
        percent: p.percent,
        level: p.level,
        self: levelOfRating(e.selfRating[p.id]),
      })),
    })),
  };
}

function principlesOf(reports: readonly ReplayedReport[]): PrincipleId[] {
  const ids: PrincipleId[] = [];
  for (const report of reports) for (const p of report.principles) if (!ids.includes(p.id)) ids.push(p.id);
  return ids;
}

function principleSummary(id: PrincipleId, reports: readonly ReplayedReport[]): PrincipleSummary {
  const found = reports.flatMap((r) => r.principles.filter((p) => p.id === id));
  const counts = LEVELS.map((level) => found.filter((p) => p.level === level).length);
  const shares = sharesOf(counts);
  return {
    id,
    levels: LEVELS.map((level, i) => ({ level, count: counts[i] ?? 0, share: shares[i] ?? 0 })),
    median: medianOf(found.map((p) => p.percent)),
  };
}

function selfRatingSummary(id: PrincipleId, counted: readonly Counted[]): SelfRatingSummary {
  const out = { id, over: 0, under: 0, matched: 0, unrated: 0 };
  for (const e of counted) {
    const measured = e.verdict.replay.report.principles.find((p) => p.id === id);
    if (!measured) continue;
    const self = levelOfRating(e.selfRating[id]);
    if (self === null) out.unrated += 1;
    else {
      const gap = LEVELS.indexOf(self) - LEVELS.indexOf(measured.level);
      if (gap > 0) out.over += 1;
      else if (gap < 0) out.under += 1;
      else out.matched += 1;
    }
  }
  return out;
}

const totalOf = (evidence: Readonly<Partial<Record<PrincipleId, number>>>): number =>
  Object.values(evidence).reduce((a, b) => a + b, 0);

/**
 * For one learner, the option taken the first time each decision was met (the same options offered
 * together), by decision id. Built once per learner: a class of 200 meets some sixty decisions each.
 */
function firstTaken(decisions: readonly DecisionTakenInput[]): ReadonlyMap<string, string> {
  const taken = new Map<string, string>();
  for (const d of decisions) {
    const id = decisionIdOf(d.offered);
    if (!taken.has(id)) taken.set(id, d.site);
  }
  return taken;
}

function decisionSummary(
  point: DecisionPointInput,
  order: number,
  learners: readonly ReadonlyMap<string, string>[],
): DecisionSummary {
  const taken = learners.map((l) => l.get(point.id)).filter((s): s is string => s !== undefined);
  const totals = point.options.map((o) => totalOf(o.evidence));
  const best = Math.max(...totals);
  const worst = Math.min(...totals);
  const counts = point.options.map((o) => taken.filter((s) => s === o.site).length);
  const shares = sharesOf(counts);
  const options = point.options.map((o, i): OptionSummary => ({
    site: o.site,
    label: o.label,
    evidence: o.evidence,
    total: totals[i] ?? 0,
    count: counts[i] ?? 0,
    share: shares[i] ?? 0,
    good: best > worst && totals[i] === best,
  }));
  const hasGood = options.some((o) => o.good);
  const goodCount = options.filter((o) => o.good).reduce((a, o) => a + o.count, 0);
  return {
    id: point.id,
    order,
    prompt: point.prompt,
    met: taken.length,
    options,
    missed: hasGood && taken.length > 0 ? Math.round(((taken.length - goodCount) * 100) / taken.length) : null,
    split: taken.length === 0 ? 0 : 100 - Math.max(...shares),
  };
}

/**
 * Decisions the class met and had a better option, the most missed first (then the most met);
 * then those met without a better option, the most split first; then those nobody met, in story order.
 */
export function orderDecisions(decisions: readonly DecisionSummary[]): DecisionSummary[] {
  const band = (d: DecisionSummary): number => (d.met === 0 ? 2 : d.missed === null ? 1 : 0);
  return [...decisions].sort(
    (a, b) =>
      band(a) - band(b) ||
      (b.missed ?? 0) - (a.missed ?? 0) ||
      (band(a) === 1 ? b.split - a.split : 0) ||
      b.met - a.met ||
      a.order - b.order,
  );
}

function beneficiarySummaries(reports: readonly ReplayedReport[]): BeneficiarySummary[] {
  interface Tally {
    id: string;
    name: string;
    learners: number;
    needs: Map<NeedId, { identified: number; solved: number }>;
    consent: number;
    referrals: Map<string, { name: string; count: number }>;
  }
  const tallies = new Map<string, Tally>();
  for (const report of reports) {
    for (const b of report.beneficiaries) {
      let tally = tallies.get(b.id);
      if (!tally) {
        tally = { id: b.id, name: b.name, learners: 0, needs: new Map(), consent: 0, referrals: new Map() };
        tallies.set(b.id, tally);
      }
      tally.learners += 1;
      if (b.consent) tally.consent += 1;
      for (const need of b.needs) {
        const n = tally.needs.get(need) ?? { identified: 0, solved: 0 };
        n.identified += 1;
        tally.needs.set(need, n);
      }
      for (const need of b.solved) {
        const n = tally.needs.get(need) ?? { identified: 0, solved: 0 };
        n.solved += 1;
        tally.needs.set(need, n);
      }
      // A learner who referred the person twice to the same partner counts once.
      for (const partner of new Map(b.referrals.map((r) => [r.partner, r.name]))) {
        const r = tally.referrals.get(partner[0]) ?? { name: partner[1], count: 0 };
        r.count += 1;
        tally.referrals.set(partner[0], r);
      }
    }
  }
  return [...tallies.values()].map((t) => ({
    id: t.id,
    name: t.name,
    learners: t.learners,
    needs: [...t.needs].map(([need, n]) => ({ need, ...n })),
    consent: t.consent,
    referrals: [...t.referrals]
      .map(([partner, r]) => ({ partner, name: r.name, count: r.count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr')),
  }));
}
