// Le canal commun, compiled from its real .ink files: the channel set up for Mme Dumas's PFMP, the
// partners' commitments kept and broken, then M. Haddad's health posted in the wide channel, his
// withdrawal and his new agreement. Played along the hand-written best path and single departures
// from it, so that each assertion names the decision it is about.
import { describe, expect, it } from 'vitest';
import { guessabilityWarnings } from '../../src/checker/guessability.ts';
import type { EngineState } from '../../src/engine/state.ts';
import { BEST_PATHS } from './best-paths.ts';
import { checked, pathOf } from './load.ts';
import { percent, playChoices } from './play.ts';

const dir = 'stories/canal';
const check = checked(dir);
const BEST = (BEST_PATHS['canal'] ?? []).map(([index]) => index);

/** The best path with one decision (numbered from 0) taken differently. */
const departing = (decision: number, option: number): number[] => BEST.map((o, i) => (i === decision ? option : o));

const CHILDCARE = 5; // Mme Benson's evening childminder
const CAP_EMPLOI = 14; // Mme Royer asks for M. Haddad's file after he withdrew his consent
const TELL_HIM = 10; // telling M. Haddad about the leak

const bySource = (s: EngineState, source: string): string[] =>
  s.evidence.filter((e) => e.source === source).map((e) => `${e.principle} ${e.points} ${e.subject.beneficiary ?? ''} ${e.subject.partner ?? ''}`.trim());
const pledges = (s: EngineState): string[] => s.pledges.map((p) => `${p.partner} ${p.status} ${p.made}→${p.closed ?? '-'}`);

describe('Le canal commun', () => {
  it('passes the checker with real dilemmas and a best option that is neither the longest nor in one place', () => {
    expect(check.problems.filter((p) => p.severity === 'problem')).toEqual([]);
    expect(check.problems).toEqual([]);
    const g = check.guessability;
    if (!g) throw new Error('the canal module was not explored');
    expect(g.scored).toBeGreaterThanOrEqual(12);
    expect(g.tradeOffs / g.scored).toBeGreaterThanOrEqual(0.35);
    expect(g.bestIsLongest / g.withBest).toBeLessThanOrEqual(0.45);
    for (const n of g.bestAt) expect(n / g.withBest).toBeLessThanOrEqual(0.55);
    expect(guessabilityWarnings(g)).toEqual([]);
    for (const p of check.source?.scenario.principles ?? []) {
      expect(check.bounds[p]?.worst, p).toBeLessThan(0);
      expect(check.bounds[p]?.best, p).toBeGreaterThan(0);
    }
  });

  it('along the best path, the partners keep three commitments and the Bistrot breaks one', () => {
    const { state } = playChoices(dir, BEST, check.bounds).runner;
    expect(pledges(state)).toEqual(['cfp_cuisine kept 1→2', 'bistrot broken 1→2', 'rpe kept 1→2', 'jardins kept 3→3']);
    expect(state.promises.map((p) => `${p.partner} ${p.status}`)).toEqual(['tremplin kept']);
  });

  it('along the best path, M. Haddad withdraws his consent after the leak and gives it again, for Cap emploi, before anything is sent', () => {
    const { runner, lines } = playChoices(dir, BEST, check.bounds);
    const karim = runner.state.beneficiaries['karim'];
    expect(karim?.withdrawals).toEqual([{ week: 3, restored: 3 }]);
    expect(karim?.agreed).toEqual(['cap_emploi']);
    expect(karim?.solved).toEqual(['sante']);
    expect(runner.state.beneficiaries['dumas']?.solved).toEqual(['garde_enfants']);
    expect(bySource(runner.state, 'refer_in_field')).toEqual(['reseau 2 dumas rpe', 'reseau 2 karim cap_emploi']);
    expect(bySource(runner.state, 'share_after_withdrawal')).toEqual([]);
    expect(bySource(runner.state, 'refer_without_agreement')).toEqual([]);
    expect(lines.some((l) => l.startsWith('M. Haddad vous a redonné son accord'))).toBe(true);
  });

  it('sending his file to Cap emploi after he withdrew costs ethique 3, and his consent stays withdrawn', () => {
    const { runner, lines } = playChoices(dir, departing(CAP_EMPLOI, 0), check.bounds);
    expect(bySource(runner.state, 'share_after_withdrawal')).toEqual(['ethique -3 karim cap_emploi']);
    expect(runner.state.beneficiaries['karim']?.withdrawals).toEqual([{ week: 3, restored: null }]);
    expect(lines.some((l) => l.startsWith('M. Haddad n’a pas redonné son accord'))).toBe(true);
  });

  it('booking the childminder before asking Mme Dumas decides for her: no reseau for the referral, ethique 2 lost', () => {
    const { state } = playChoices(dir, departing(CHILDCARE, 0), check.bounds).runner;
    expect(bySource(state, 'refer_without_agreement')).toEqual(['ethique -2 dumas rpe']);
    expect(bySource(state, 'refer_in_field')).toEqual(['reseau 2 karim cap_emploi']);
    // Booked without her, the childcare is not settled: she has not said she will go.
    expect(state.beneficiaries['dumas']?.solved).toEqual([]);
  });

  it('keeping the leak from M. Haddad scores lower on ethique than telling him, and he learns it anyway', () => {
    const told = playChoices(dir, BEST, check.bounds);
    const silent = playChoices(dir, departing(TELL_HIM, 1), check.bounds);
    const ethique = (p: typeof told): number => p.report.principles.find((x) => x.id === 'ethique')?.points ?? 0;
    expect(ethique(told) - ethique(silent)).toBe(4);
    expect(silent.lines.some((l) => l.includes('capture d’écran'))).toBe(true);
    expect(silent.runner.state.beneficiaries['karim']?.withdrawals).toHaveLength(1);
  });

  it('good practice, as the explorer finds it, scores higher than poor practice on every principle', () => {
    const good = playChoices(dir, pathOf(dir, 1), check.bounds).report;
    const poor = playChoices(dir, pathOf(dir, -1), check.bounds).report;
    for (const p of good.principles) expect(p.percent, p.id).toBeGreaterThan(percent(poor, p.id));
    for (const p of poor.principles) expect(p.points, p.id).toBeLessThanOrEqual(0);
  });

  it('scores the same in French and English along the best path', () => {
    const fr = playChoices(dir, BEST, check.bounds, 'fr').runner.state;
    const en = playChoices(dir, BEST, check.bounds, 'en').runner.state;
    expect(en.evidence.map((e) => [e.principle, e.points])).toEqual(fr.evidence.map((e) => [e.principle, e.points]));
    expect(en.pledges.map((p) => p.status)).toEqual(fr.pledges.map((p) => p.status));
  });
});
