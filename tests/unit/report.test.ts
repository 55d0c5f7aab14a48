import { describe, expect, it } from 'vitest';
import { buildReport, percentOf } from '../../src/engine/report.ts';
import { levelOf } from '../../src/engine/principles.ts';
import { compareReports } from '../../src/engine/verify.ts';
import { Runner } from '../../src/narrative/runner.ts';
import { source, story } from '../stories/load.ts';

const MINI = 'tests/fixtures/stories/mini';
const bounds = { ethique: { worst: -3, best: 2 }, reseau: { worst: -1, best: 2 } };

function finished(choices: number[], locale: 'fr' | 'en' = 'fr') {
  const runner = Runner.replay(story(MINI, locale), {
    scenario: 'mini',
    storyHash: source(MINI).storyHash,
    seed: 11,
    locale,
    choices,
  });
  while (runner.next().kind !== 'end');
  return buildReport({
    scenario: runner.scenario,
    state: runner.state,
    bounds,
    locale,
    storyHash: runner.compiled.storyHash,
    seed: 11,
  });
}

describe('levels and percentages', () => {
  it('puts a percentage in its band: 0–39, 40–69, 70–89, 90–100', () => {
    expect([0, 39, 40, 69, 70, 89, 90, 100].map(levelOf)).toEqual([
      'non_acquis',
      'non_acquis',
      'en_cours',
      'en_cours',
      'acquis',
      'acquis',
      'maitrise',
      'maitrise',
    ]);
  });
  it('is the points over the best achievable, within 0–100', () => {
    expect(percentOf(3, 4)).toBe(75);
    expect(percentOf(-2, 4)).toBe(0);
    expect(percentOf(9, 4)).toBe(100);
    expect(percentOf(1, 0)).toBe(0);
  });
});

describe('the report', () => {
  it('gives per principle its level, percentage, points and every piece of evidence', () => {
    const report = finished([0, 0]);
    expect(report.principles.map((p) => [p.id, p.points, p.percent, p.level])).toEqual([
      ['ethique', 2, 100, 'maitrise'],
      ['reseau', 2, 100, 'maitrise'],
    ]);
    expect(report.principles[0]?.evidence).toEqual([
      {
        week: 1,
        points: 2,
        what: 'Demander son accord',
        why: 'Bien : accord demandé.',
        section: 'Respect de la confidentialité',
        source: 'tag',
      },
    ]);
    expect(report.principles[1]?.evidence[0]).toMatchObject({
      source: 'refer_in_field',
      what: 'Ana orienté·e vers Centre, dont c’est la mission.',
    });
  });

  it('explains the engine’s own evidence in the report’s language', () => {
    const report = finished([1, 1], 'en');
    expect(report.principles[0]?.evidence[0]).toMatchObject({
      points: -3,
      what: 'Information about Ana was passed to Centre without their consent.',
      section: 'Respecting confidentiality',
    });
    expect(report.principles[0]?.level).toBe('non_acquis');
  });

  it('gives each beneficiary’s outcome, the network and the timeline', () => {
    const report = finished([0, 0]);
    expect(report.beneficiaries).toEqual([
      {
        id: 'ana',
        name: 'Ana',
        needs: ['formation'],
        solved: [],
        consent: true,
        referrals: [{ partner: 'cfp', name: 'Centre' }],
      },
    ]);
    expect(report.network.partners).toEqual([
      { id: 'cfp', name: 'Centre', sector: 'formation', trust: 50, startTrust: 50, known: true },
    ]);
    expect(report.timeline).toEqual([
      { week: 1, text: 'Demander son accord' },
      { week: 1, text: 'Orienter' },
    ]);
    expect(report.finished).toBe(true);
  });
});

describe('verification of a claimed report', () => {
  it('accepts the report a replay produces', () => {
    const report = finished([1, 0]);
    expect(compareReports(finished([1, 0]), JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it('names every figure that was changed', () => {
    const report = JSON.parse(JSON.stringify(finished([1, 1]))) as {
      principles: { points: number; percent: number }[];
    };
    const first = report.principles[0];
    if (first) {
      first.points = 2;
      first.percent = 100;
    }
    expect(compareReports(finished([1, 1]), report)).toEqual([
      { path: 'principles.ethique.points', claimed: 2, actual: -3 },
      { path: 'principles.ethique.percent', claimed: 100, actual: 0 },
    ]);
  });

  it('survives garbage without crashing', () => {
    for (const garbage of [null, 42, 'rapport', [], { principles: 'x' }, { network: { partners: [null] } }]) {
      expect(compareReports(finished([0, 0]), garbage).length).toBeGreaterThan(0);
    }
  });
});

describe('verify(record, claimed)', () => {
  it('verifies an honest report and flags a tampered one with the figure that differs', async () => {
    const { verify } = await import('../../src/narrative/replay.ts');
    const record = {
      scenario: 'mini',
      storyHash: source(MINI).storyHash,
      seed: 11,
      locale: 'fr' as const,
      choices: [1, 1],
    };
    const honest = finished([1, 1]);
    expect(verify(story(MINI), bounds, record, honest)).toEqual({ verified: true, differences: [], error: null });
    const tampered = {
      ...honest,
      network: { ...honest.network, partners: honest.network.partners.map((p) => ({ ...p, trust: 99 })) },
    };
    expect(verify(story(MINI), bounds, record, tampered).differences).toEqual([
      { path: 'network.partners.cfp.trust', claimed: 99, actual: 50 },
    ]);
  });

  it('refuses a record of another story version or with impossible choices, with a message', async () => {
    const { verify } = await import('../../src/narrative/replay.ts');
    const base = {
      scenario: 'mini',
      storyHash: source(MINI).storyHash,
      seed: 11,
      locale: 'fr' as const,
      choices: [0, 0],
    };
    expect(verify(story(MINI), bounds, { ...base, storyHash: 'x' }, {}).error).toBe(
      'this playthrough was recorded with another version of the story',
    );
    expect(verify(story(MINI), bounds, { ...base, choices: [0, 7] }, {}).error).toBe('no choice 7 among 2');
    expect(verify(story(MINI), bounds, { ...base, choices: [0, 0, 0] }, {}).error).toBe(
      'the record has more choices than the story offers',
    );
  });
});
