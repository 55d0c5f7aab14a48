// Compares a claimed report with the one a replay produced, figure by figure. The claimed report
// comes from outside (a file a learner sends): it is read defensively and never trusted.
import type { Report } from './report.ts';

export interface Difference {
  /** Where the figure sits, e.g. "principles.ethique.points". */
  readonly path: string;
  readonly claimed: unknown;
  readonly actual: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (v: unknown, key: string): unknown => (isRecord(v) ? v[key] : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every figure of `actual` that `claimed` states differently (or omits). Empty means verified. */
export function compareReports(actual: Report, claimed: unknown): Difference[] {
  const out: Difference[] = [];
  const check = (path: string, claimedValue: unknown, actualValue: unknown): void => {
    if (!same(claimedValue, actualValue)) out.push({ path, claimed: claimedValue, actual: actualValue });
  };
  check('scenario.id', at(at(claimed, 'scenario'), 'id'), actual.scenario.id);
  check('storyHash', at(claimed, 'storyHash'), actual.storyHash);
  check('seed', at(claimed, 'seed'), actual.seed);
  check('finished', at(claimed, 'finished'), actual.finished);
  check('week', at(claimed, 'week'), actual.week);

  const claimedPrinciples = list(at(claimed, 'principles'));
  for (const p of actual.principles) {
    const c = claimedPrinciples.find((x) => at(x, 'id') === p.id);
    for (const key of ['points', 'percent', 'level', 'best', 'worst'] as const) {
      check(`principles.${p.id}.${key}`, at(c, key), p[key]);
    }
    check(`principles.${p.id}.evidence.length`, list(at(c, 'evidence')).length, p.evidence.length);
  }
  if (claimedPrinciples.length !== actual.principles.length) {
    check('principles.length', claimedPrinciples.length, actual.principles.length);
  }

  const claimedBeneficiaries = list(at(claimed, 'beneficiaries'));
  for (const b of actual.beneficiaries) {
    const c = claimedBeneficiaries.find((x) => at(x, 'id') === b.id);
    check(`beneficiaries.${b.id}.needs`, at(c, 'needs'), b.needs);
    check(`beneficiaries.${b.id}.solved`, at(c, 'solved'), b.solved);
    check(`beneficiaries.${b.id}.consent`, at(c, 'consent'), b.consent);
    check(
      `beneficiaries.${b.id}.referrals`,
      list(at(c, 'referrals')).map((r) => at(r, 'partner')),
      b.referrals.map((r) => r.partner),
    );
    for (const key of ['agreed', 'refused'] as const) {
      check(
        `beneficiaries.${b.id}.${key}`,
        list(at(c, key)).map((r) => at(r, 'partner')),
        b[key].map((r) => r.partner),
      );
    }
    check(`beneficiaries.${b.id}.withdrawals`, list(at(c, 'withdrawals')), b.withdrawals);
  }

  const network = at(claimed, 'network');
  const claimedPartners = list(at(network, 'partners'));
  for (const p of actual.network.partners) {
    const c = claimedPartners.find((x) => at(x, 'id') === p.id);
    check(`network.partners.${p.id}.trust`, at(c, 'trust'), p.trust);
  }
  const claimedBonds = list(at(network, 'bonds'));
  for (const b of actual.network.bonds) {
    const c = claimedBonds.find((x) => at(x, 'a') === b.a && at(x, 'b') === b.b);
    check(`network.bonds.${b.a}|${b.b}`, at(c, 'value'), b.value);
  }
  check('network.bonds.length', claimedBonds.length, actual.network.bonds.length);
  check('timeline.length', list(at(claimed, 'timeline')).length, actual.timeline.length);
  return out;
}
