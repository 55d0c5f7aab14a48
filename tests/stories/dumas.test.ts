import { describe, expect, it } from 'vitest';
import { extremePath } from '../../src/checker/explorer.ts';
import { buildReport } from '../../src/engine/report.ts';
import { Runner } from '../../src/narrative/runner.ts';
import { playChoices } from './play.ts';
import { checkScenario } from '../../src/checker/check.ts';
import { ROOT, source, story } from './load.ts';

const DUMAS = 'stories/dumas';

describe('Le parcours de Mme Dumas', () => {
  const check = checkScenario(DUMAS, ROOT);
  const bounds = check.bounds;
  // The best and the worst a learner can do, found exhaustively once.
  const best = extremePath(story(DUMAS), 1);
  const worst = extremePath(story(DUMAS), -1);

  it('passes the checker with every assessed principle both earnable and losable', () => {
    expect(check.problems.filter((p) => p.severity === 'problem')).toEqual([]);
    expect(check.exploration?.mode).toBe('exhaustive');
    for (const p of ['reseau', 'communication', 'confiance', 'equipe', 'ethique'] as const) {
      expect(bounds[p]?.worst).toBeLessThan(0);
      expect(bounds[p]?.best).toBeGreaterThan(0);
    }
  });

  it('the best playthrough earns the good ending: certification, childcare and an internship', () => {
    const { runner, lines } = playChoices(DUMAS, best, bounds);
    const dumas = runner.state.beneficiaries['dumas'];
    expect(dumas?.consent).toBe(true);
    expect(dumas?.solved).toEqual(expect.arrayContaining(['formation', 'garde_enfants', 'emploi']));
    expect(runner.state.promises.every((p) => p.status === 'kept')).toBe(true);
    const report = buildReport({ scenario: runner.scenario, state: runner.state, bounds, locale: 'fr', storyHash: source(DUMAS).storyHash, seed: 1 });
    for (const p of report.principles) expect(p.percent, p.id).toBeGreaterThanOrEqual(70);
    expect(lines.join('\n')).toMatch(/CAP/);
  });

  it('the worst playthrough breaches confidentiality and leaves Mme Dumas without childcare', () => {
    const { runner } = playChoices(DUMAS, worst, bounds);
    const dumas = runner.state.beneficiaries['dumas'];
    expect(dumas?.solved).not.toContain('garde_enfants');
    expect(runner.state.evidence.some((e) => e.source === 'share_without_consent')).toBe(true);
    const report = buildReport({ scenario: runner.scenario, state: runner.state, bounds, locale: 'fr', storyHash: source(DUMAS).storyHash, seed: 1 });
    for (const p of report.principles) expect(p.level, p.id).toBe('non_acquis');
  });

  it('referrals earn only with her agreement: the best path decides with her, the worst for her', () => {
    const decidedForHer = (path: number[]) =>
      playChoices(DUMAS, path, bounds).runner.state.evidence.filter((e) => e.source === 'refer_without_agreement');
    expect(decidedForHer(best)).toEqual([]);
    expect(decidedForHer(worst).map((e) => e.subject.partner)).toContain('tremplin');
    const agreed = playChoices(DUMAS, best, bounds).runner.state.beneficiaries['dumas']?.agreed;
    expect(agreed).toEqual(expect.arrayContaining(['cfp_cuisine', 'tremplin', 'rpe']));
  });

  it('a promise made in week 2 comes due: missing it costs trust with the training centre', () => {
    const compiled = story(DUMAS);
    // Play the best path but stop keeping promises: find a playthrough with a missed promise.
    let missed = false;
    for (let seed = 0; seed < 200 && !missed; seed += 1) {
      const runner = Runner.start(compiled, seed);
      let k = seed;
      for (;;) {
        const step = runner.next();
        if (step.kind === 'end') break;
        if (step.kind === 'choices') runner.choose(step.choices[(k = (k * 7 + 3) % 97) % step.choices.length]?.index ?? 0);
      }
      const promise = runner.state.promises.find((p) => p.partner === 'cfp_cuisine');
      if (promise?.status === 'missed') {
        missed = true;
        expect(promise.made).toBe(2);
        expect(runner.state.evidence.some((e) => e.source === 'promise_missed' && e.subject.partner === 'cfp_cuisine')).toBe(true);
      }
    }
    expect(missed).toBe(true);
  });

  it('French and English give the same scores for the same choices', () => {
    for (const path of [best, worst]) {
      const fr = playChoices(DUMAS, path, bounds, 'fr').runner.state;
      const en = playChoices(DUMAS, path, bounds, 'en').runner.state;
      expect(en.evidence.map((e) => [e.principle, e.points, e.source])).toEqual(fr.evidence.map((e) => [e.principle, e.points, e.source]));
      expect(en.partners).toEqual(fr.partners);
    }
  });

  it('reads like a real module: 12–15 minutes of natural French with correct typography', () => {
    const { lines } = playChoices(DUMAS, best, bounds);
    const text = lines.join('\n');
    expect(text.split(/\s+/).length).toBeGreaterThan(1500);
    expect(text).not.toMatch(/ [:;!?]/); // a plain space before : ; ! ? (a no-break space is due)
    expect(text).not.toMatch(/« | »/); // plain spaces inside guillemets
    const english = playChoices(DUMAS, best, bounds, 'en').lines.join('\n');
    expect(english).not.toMatch(/\u00a0[:;!?]/);
  });
});
