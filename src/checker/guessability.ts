// How easily a module's right answers can be guessed without understanding them, from its
// decision map: is the best option the longest label, does it sit at the same place, and how many
// decisions are real trade-offs. The definitions are in stories/README.md ("Guessability").
import type { DecisionMap, DecisionOption, DecisionPoint } from '../content/catalogue.ts';

/** Above this share of scored decisions whose best option is the longest label: a warning. */
export const MAX_LONGEST_SHARE = 0.5;
/** Above this share of the best options at any one position: a warning. */
export const MAX_POSITION_SHARE = 0.6;
/** Below this share of scored decisions that are trade-offs: a warning. */
export const MIN_TRADE_OFF_SHARE = 0.3;

export interface Guessability {
  /** Written decisions (see `writtenDecisions`) where some option carries evidence. */
  readonly scored: number;
  /** Scored decisions with a single best option (the only ones the two next figures count). */
  readonly withBest: number;
  /** Of those, the ones whose best option's label is at least as long as every other label. */
  readonly bestIsLongest: number;
  /** How many best options sit at each position (index 0: first option shown). */
  readonly bestAt: readonly number[];
  /** Scored decisions that are trade-offs. */
  readonly tradeOffs: number;
}

const total = (o: DecisionOption): number => Object.values(o.evidence).reduce((a, b) => a + b, 0);
const earns = (o: DecisionOption): boolean => Object.values(o.evidence).some((v) => v > 0);
const costs = (o: DecisionOption): boolean => Object.values(o.evidence).some((v) => v < 0);

export const isScored = (d: DecisionPoint): boolean => d.options.some((o) => Object.keys(o.evidence).length > 0);

/** The position of the option with the highest total points, or null when several share it. */
export function bestPosition(d: DecisionPoint): number | null {
  const totals = d.options.map(total);
  const top = Math.max(...totals);
  const at = totals.flatMap((t, i) => (t === top ? [i] : []));
  return at.length === 1 ? (at[0] ?? null) : null;
}

/** At least two options that each earn on some principle and cost on another. */
export const isTradeOff = (d: DecisionPoint): boolean => d.options.filter((o) => earns(o) && costs(o)).length >= 2;

/**
 * The decisions as an author wrote them: decision points that share an option are variants of one
 * decision (a hub whose conditional choices come and go); each counts once, as the variant that
 * offers the most options (the first met among equals).
 */
export function writtenDecisions(map: DecisionMap): DecisionPoint[] {
  const parent = new Map<string, string>();
  const find = (site: string): string => {
    let root = site;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(site, root);
    return root;
  };
  for (const d of map.decisions) {
    const [first, ...rest] = d.options.map((o) => find(o.site));
    if (first === undefined) continue;
    for (const r of rest) if (r !== first) parent.set(r, first);
  }
  const widest = new Map<string, DecisionPoint>();
  for (const d of map.decisions) {
    const key = find(d.options[0]?.site ?? d.id);
    const seen = widest.get(key);
    if (!seen || d.options.length > seen.options.length) widest.set(key, d);
  }
  return [...widest.values()];
}

export function guessability(map: DecisionMap): Guessability {
  const scored = writtenDecisions(map).filter(isScored);
  let withBest = 0;
  let bestIsLongest = 0;
  const bestAt: number[] = [];
  for (const d of scored) {
    const best = bestPosition(d);
    if (best === null) continue;
    withBest += 1;
    bestAt[best] = (bestAt[best] ?? 0) + 1;
    const length = (o: DecisionOption | undefined): number => o?.label.fr.length ?? 0;
    const bestLength = length(d.options[best]);
    if (d.options.every((o) => length(o) <= bestLength)) bestIsLongest += 1;
  }
  return {
    scored: scored.length,
    withBest,
    bestIsLongest,
    bestAt: Array.from({ length: bestAt.length }, (_, i) => bestAt[i] ?? 0),
    tradeOffs: scored.filter(isTradeOff).length,
  };
}

const percent = (n: number, of: number): string => `${of === 0 ? 0 : Math.round((100 * n) / of)} %`;

/** The figures in one line, for `stories:check`. */
export function describeGuessability(g: Guessability): string {
  const positions = g.bestAt.map((n, i) => `${i + 1}: ${percent(n, g.withBest)}`).join(', ');
  return (
    `${g.scored} scored decisions; best option is the longest label in ${g.bestIsLongest}/${g.withBest} ` +
    `(${percent(g.bestIsLongest, g.withBest)}); best option at position ${positions || '-'}; ` +
    `trade-offs ${g.tradeOffs}/${g.scored} (${percent(g.tradeOffs, g.scored)})`
  );
}

/** The warnings the figures call for (none for a module with no scored decision). */
export function guessabilityWarnings(g: Guessability): string[] {
  const out: string[] = [];
  if (g.withBest > 0 && g.bestIsLongest / g.withBest > MAX_LONGEST_SHARE) {
    out.push(
      `guessable: the best option is the longest label in ${percent(g.bestIsLongest, g.withBest)} of scored decisions (over ${percent(MAX_LONGEST_SHARE, 1)}); even out label lengths`,
    );
  }
  g.bestAt.forEach((n, i) => {
    if (g.withBest > 0 && n / g.withBest > MAX_POSITION_SHARE) {
      out.push(
        `guessable: the best option is at position ${i + 1} in ${percent(n, g.withBest)} of scored decisions (over ${percent(MAX_POSITION_SHARE, 1)}); vary its place`,
      );
    }
  });
  if (g.scored > 0 && g.tradeOffs / g.scored < MIN_TRADE_OFF_SHARE) {
    out.push(
      `few dilemmas: ${percent(g.tradeOffs, g.scored)} of scored decisions are trade-offs (under ${percent(MIN_TRADE_OFF_SHARE, 1)}); let two options each earn on one principle and cost on another`,
    );
  }
  return out;
}
