// The network modules (monthly meeting, partnership audit, the season campaign), compiled from
// their real .ink files and played along a good and a poor path.
import { describe, expect, it } from 'vitest';
import { bondOf } from '../../src/engine/state.ts';
import { checked, pathOf } from './load.ts';
import { BEST_PATHS } from './best-paths.ts';
import type { BestStep } from './best-paths.ts';
import { percent, playChoices, playPath } from './play.ts';
import type { Played } from './play.ts';

const MODULES = ['reunion', 'audit', 'saison'] as const;

describe.each(MODULES)('module %s', (id) => {
  const dir = `stories/${id}`;
  const check = checked(dir);
  const good = pathOf(dir, 1);
  const poor = pathOf(dir, -1);

  it('passes the checker; every assessed principle can be both earned and lost', () => {
    expect(check.problems.filter((p) => p.severity === 'problem')).toEqual([]);
    for (const p of check.source?.scenario.principles ?? []) {
      expect(check.bounds[p]?.worst, p).toBeLessThan(0);
      expect(check.bounds[p]?.best, p).toBeGreaterThan(0);
    }
  });

  it('good practice scores higher than poor practice on every principle', () => {
    const a = playChoices(dir, good, check.bounds).report;
    const b = playChoices(dir, poor, check.bounds).report;
    for (const p of a.principles) {
      expect(p.percent, p.id).toBeGreaterThan(percent(b, p.id));
      expect(p.level, p.id).not.toBe('non_acquis');
    }
    for (const p of b.principles) expect(p.points, p.id).toBeLessThanOrEqual(0);
  });

  it('French and English score the same along both paths', () => {
    for (const path of [good, poor]) {
      const fr = playChoices(dir, path, check.bounds, 'fr').runner.state;
      const en = playChoices(dir, path, check.bounds, 'en').runner.state;
      expect(en.evidence.map((e) => [e.principle, e.points])).toEqual(fr.evidence.map((e) => [e.principle, e.points]));
      expect(en.partners).toEqual(fr.partners);
      expect(en.bonds).toEqual(fr.bonds);
    }
  });
});

describe('La réunion mensuelle: outcomes', () => {
  const dir = 'stories/reunion';
  const bounds = checked(dir).bounds;
  it('mediation mends the bond between the CCAS and the Jardins and earns the protocol ending; taking sides or escalating strains it', () => {
    const good = playChoices(dir, pathOf(dir, 1), bounds);
    const poor = playChoices(dir, pathOf(dir, -1), bounds);
    expect(bondOf(good.runner.state, 'ccas', 'jardins')).toBeGreaterThan(50);
    expect(bondOf(poor.runner.state, 'ccas', 'jardins')).toBeLessThan(50);
    expect(good.runner.state.partners['ccas']?.trust).toBeGreaterThan(poor.runner.state.partners['ccas']?.trust ?? 100);
    // The protocol ending asks for a strong bond and both partners' trust (the knot `fin`).
    expect(bondOf(good.runner.state, 'ccas', 'jardins')).toBeGreaterThanOrEqual(75);
    expect(good.runner.state.partners['ccas']?.trust).toBeGreaterThanOrEqual(60);
    expect(good.runner.state.partners['jardins']?.trust).toBeGreaterThanOrEqual(60);
    expect(good.lines.at(-1)).toMatch(/^Vos partenaires se parlent/);
    expect(poor.lines.at(-1)).not.toMatch(/^Vos partenaires se parlent/);
    expect(good.report.network.bonds.find((b) => b.a === 'ccas' && b.b === 'jardins')?.value).toBeGreaterThan(50);
  });
});

describe('L’audit des partenariats: outcomes', () => {
  const dir = 'stories/audit';
  const bounds = checked(dir).bounds;
  const best = BEST_PATHS['audit'] ?? [];
  /** The best path with one decision taken otherwise. */
  const instead = (decision: number, step: BestStep): BestStep[] => best.map((s, i) => (i === decision ? step : s));
  const points = (played: Played, principle: string): number =>
    played.runner.state.evidence.filter((e) => e.principle === principle).reduce((n, e) => n + e.points, 0);

  it('judging on facts earns evaluation and the adjusted ending; judging by affinity loses it', () => {
    const good = playPath(dir, best, bounds);
    const poor = playChoices(dir, pathOf(dir, -1), bounds);
    expect(percent(good.report, 'evaluation')).toBeGreaterThanOrEqual(70);
    expect(good.lines.at(-1)).toMatch(/Le réseau sort de l’année plus solide/);
    expect(percent(poor.report, 'evaluation')).toBe(0);
    expect(poor.report.principles.find((p) => p.id === 'evaluation')?.evidence.length).toBeGreaterThanOrEqual(4);
    expect(poor.lines.at(-1)).not.toMatch(/Le réseau sort de l’année plus solide/);
  });

  it('the report to the Département is anonymised along the best path; sending the names loses ethique', () => {
    const good = playPath(dir, best, bounds);
    const ethique = good.runner.state.evidence.filter((e) => e.principle === 'ethique');
    expect(ethique.length).toBeGreaterThanOrEqual(3);
    expect(ethique.every((e) => e.points > 0)).toBe(true);
    const named = playPath(dir, instead(13, [0, 'Envoyer le fichier tel quel']), bounds);
    expect(points(named, 'ethique')).toBe(points(good, 'ethique') - 5);
    expect(named.report.principles.find((p) => p.id === 'ethique')?.evidence.some((e) => e.points < 0 && /RGPD/.test(e.why))).toBe(
      true,
    );
  });

  it('records the partners’ pledges both ways, and raising a broken one with the funder first costs confiance', () => {
    const good = playPath(dir, best, bounds);
    const pledges = good.runner.state.pledges.map((p) => `${p.partner} ${p.status}`);
    expect(pledges).toEqual(['bistrot broken', 'cfp_cuisine kept', 'tremplin kept', 'bistrot open', 'cfp_cuisine open']);
    const toFunder = playPath(dir, instead(3, [0, 'L’écrire tel quel dans le rapport au Département']), bounds);
    expect(points(toFunder, 'confiance')).toBe(points(good, 'confiance') - 4);
  });
});

describe('Une saison à Relais Insertion: outcomes', () => {
  const dir = 'stories/saison';
  const bounds = checked(dir).bounds;
  it('a good season meets more of the four people’s needs and leaves a network that trusts you', () => {
    const good = playChoices(dir, pathOf(dir, 1), bounds);
    const poor = playChoices(dir, pathOf(dir, -1), bounds);
    const solved = (s: typeof good) => Object.values(s.runner.state.beneficiaries).reduce((n, b) => n + b.solved.length, 0);
    expect(solved(good)).toBeGreaterThan(solved(poor));
    const mean = (s: typeof good) => {
      const known = s.report.network.partners.filter((p) => p.known);
      return known.reduce((n, p) => n + p.trust, 0) / Math.max(1, known.length);
    };
    expect(mean(good)).toBeGreaterThan(mean(poor));
    expect(good.runner.state.week).toBeGreaterThanOrEqual(8);
    expect(good.report.principles).toHaveLength(8);
  });
  it('a referral earns only with the person’s agreement: saying yes to the Jardins for M. Haddad decides for him', () => {
    const good = playChoices(dir, pathOf(dir, 1), bounds).runner.state;
    const poor = playChoices(dir, pathOf(dir, -1), bounds).runner.state;
    const decidedForThem = (s: typeof good) => s.evidence.filter((e) => e.source === 'refer_without_agreement');
    expect(decidedForThem(good)).toEqual([]);
    expect(good.evidence.filter((e) => e.source === 'refer_in_field').length).toBeGreaterThanOrEqual(3);
    expect(decidedForThem(poor).map((e) => `${e.subject.beneficiary} ${e.subject.partner}`)).toContain('karim jardins');
  });
});
