// The network modules (monthly meeting, partnership audit, the season campaign), compiled from
// their real .ink files and played along a good and a poor path.
import { describe, expect, it } from 'vitest';
import { bondOf } from '../../src/engine/state.ts';
import { checked, pathOf, story } from './load.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { DecisionPoint } from '../../src/content/catalogue.ts';
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

describe('La réunion mensuelle: mediation by a third party, confidentiality, his voice, a partner’s pledge', () => {
  const dir = 'stories/reunion';
  const check = checked(dir);
  const best = playPath(dir, BEST_PATHS['reunion'] ?? [], check.bounds);
  const decisions = check.decisions?.decisions ?? [];
  /** The decision offering an option whose French label starts with `label`, and that option. */
  const optionOf = (label: string): { decision: DecisionPoint; ethique: number; total: number } => {
    const decision = decisions.find((d) => d.options.some((o) => o.label.fr.startsWith(label)));
    const option = decision?.options.find((o) => o.label.fr.startsWith(label));
    if (!decision || !option) throw new Error(`no option « ${label} » in the decision map`);
    const total = Object.values(option.evidence).reduce((a, b) => a + b, 0);
    return { decision, ethique: option.evidence.ethique ?? 0, total };
  };
  const isBestOf = (label: string): boolean => {
    const { decision, total } = optionOf(label);
    return decision.options.every((o) => o.label.fr.startsWith(label) || Object.values(o.evidence).reduce((a, b) => a + b, 0) < total);
  };

  it('the mediation is led by Nadia, not by the counsellor, and asking to lead it yourself costs trust', () => {
    const mediation = best.lines.slice(best.lines.findIndex((l) => l.includes('face à face')));
    expect(mediation.find((l) => l.startsWith('Pour cette médiation'))).toBeDefined();
    expect(best.lines.some((l) => l.includes('Nadia anime'))).toBe(true);
    expect(optionOf('Proposer d’animer vous-même une médiation').decision.options.map((o) => o.label.fr)).toContainEqual(
      expect.stringMatching(/^Demander une médiation à Nadia/),
    );
    expect(isBestOf('Demander une médiation à Nadia')).toBe(true);
    const selfLed = decisions.flatMap((d) => d.options).find((o) => o.label.fr.startsWith('Proposer d’animer vous-même'));
    expect(selfLed?.evidence.confiance).toBeLessThan(0);
  });

  it('re-allocating resources is an outcome the counsellor accepts, her own half-day included', () => {
    expect(isBestOf('Accepter, et prendre cette demi-journée sur l’atelier CV')).toBe(true);
    expect(optionOf('Demander que la demi-journée vienne plutôt de France Travail').total).toBeLessThan(0);
  });

  it('confidentiality: the childcare hours told to the whole meeting, or her number given without asking her, lose ethique', () => {
    expect(optionOf('Faire le point complet').ethique).toBeLessThan(0);
    expect(isBestOf('Faire le point complet')).toBe(false);
    expect(optionOf('L’appeler, et lui donner le nouveau numéro').ethique).toBeLessThan(0);
    expect(optionOf('Laisser le message').ethique).toBeLessThan(0);
    expect(optionOf('Demander en privé le retrait du message').ethique).toBeGreaterThan(0);
    expect(optionOf('Lui dire qu’il a mal au dos').ethique).toBeLessThan(0);
  });

  it('along the best path he agrees before he is referred, his refusal of Cap emploi stands, and nothing is shared without his consent', () => {
    const { state } = best.runner;
    const karim = state.beneficiaries['karim'];
    expect(karim?.agreed).toContain('jardins');
    expect(karim?.referrals).toContain('jardins');
    expect(karim?.refused).toContain('cap_emploi');
    expect(karim?.referrals).not.toContain('cap_emploi');
    const faults = state.evidence.filter((e) => e.source === 'refer_without_agreement' || e.source === 'share_without_consent' || e.source === 'refer_against_refusal');
    expect(faults).toEqual([]);
    expect(best.lines.at(-1)).toMatch(/^Vos partenaires se parlent/);
  });

  it('the Jardins break their pledge, the CCAS keeps its own, and raising it openly scores against bypassing or badmouthing', () => {
    const status = (p: string) => best.runner.state.pledges.filter((x) => x.partner === p).map((x) => x.status);
    expect(status('jardins')).toEqual(['broken']);
    expect(status('ccas')).toEqual(['kept']);
    expect(isBestOf('Appeler M. Vidal')).toBe(true);
    expect(decisions.flatMap((d) => d.options).find((o) => o.label.fr.startsWith('Le dire à Nadia'))?.evidence.confiance).toBeLessThan(0);
    expect(decisions.flatMap((d) => d.options).find((o) => o.label.fr.startsWith('Réserver un deux-roues'))?.evidence.confiance).toBeLessThan(0);
  });

  it('deciding for him without his word is scored by the engine alone, not twice', () => {
    // The best path, except that the counsellor approves the Jardins for him at the mediation.
    const steps = BEST_PATHS['reunion'] ?? [];
    const at = steps.findIndex(([, label]) => label.startsWith('Attendre son avis'));
    const runner = Runner.start(story(dir), 1);
    let n = 0;
    let from = -1;
    let to = -1;
    for (let guard = 0; guard < 5_000; guard += 1) {
      const step = runner.next();
      if (step.kind === 'end') break;
      if (step.kind !== 'choices') continue;
      if (from >= 0) {
        to = runner.state.evidence.length;
        break;
      }
      const wanted = n === at ? 'Valider tout de suite' : steps[n]?.[1];
      const choice = step.choices.find((c) => wanted !== undefined && c.text.startsWith(wanted)) ?? step.choices[0];
      if (n === at) from = runner.state.evidence.length;
      runner.choose(choice?.index ?? 0);
      n += 1;
    }
    const after = runner.state.evidence.slice(from, to).filter((e) => e.principle === 'ethique');
    expect(after.map((e) => [e.source, e.points])).toEqual([['refer_without_agreement', -2]]);
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
