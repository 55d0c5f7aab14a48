// A class made of real playthroughs, for the class dashboard's tests: learners of different skill play a
// real scenario in French (the same choices replayed in English give the other language's labels), each
// decision's options are looked one step ahead for their evidence, as the checker's decision map does.
import { checkScenario } from '../../src/checker/check.ts';
import type { PrincipleId } from '../../src/engine/ids.ts';
import { buildReport } from '../../src/engine/report.ts';
import type { Bounds, Report } from '../../src/engine/report.ts';
import type { Level } from '../../src/engine/principles.ts';
import { LEVELS } from '../../src/engine/principles.ts';
import type { Scenario } from '../../src/engine/world.ts';
import { Runner } from '../../src/narrative/runner.ts';
import type { ChoiceView, CompiledStory } from '../../src/narrative/runner.ts';
import { decisionIdOf } from '../../src/trainer/class-summary.ts';
import type {
  ClassEntryInput,
  DecisionMapInput,
  DecisionOptionInput,
  DecisionPointInput,
  DecisionTakenInput,
  VerdictStatus,
} from '../../src/trainer/class-summary.ts';
import { ROOT, source, story } from '../stories/load.ts';

export interface LearnerPlan {
  readonly firstName: string;
  readonly sessionCode: string;
  /** Chance of taking the option with the most immediate evidence at each decision (else a seeded pick). */
  readonly skill: number;
  readonly seed: number;
  /** Self-rating offset from the measured level (+1: one level above), or null for no rating. */
  readonly selfBias: number | null;
  readonly status?: VerdictStatus;
}

export interface ClassFixture {
  readonly scenario: Scenario;
  readonly map: DecisionMapInput;
  readonly entries: ClassEntryInput[];
}

/** The Park–Miller generator: a fixed, seeded sequence in [0, 1). */
function random(seed: number): () => number {
  let state = (seed % 2147483646) + 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const sumPoints = (runner: Runner, from: number): Partial<Record<PrincipleId, number>> => {
  const out: Partial<Record<PrincipleId, number>> = {};
  for (const e of runner.state.evidence.slice(from)) out[e.principle] = (out[e.principle] ?? 0) + e.points;
  return out;
};

/** Steps until the next choices or the end; returns the last line shown and the choices (null at the end). */
function stepToChoices(runner: Runner): { prompt: string; choices: readonly ChoiceView[] | null } {
  let prompt = '';
  for (let guard = 0; guard < 20_000; guard += 1) {
    const step = runner.next();
    if (step.kind === 'end') return { prompt, choices: null };
    if (step.kind === 'choices') return { prompt, choices: step.choices };
    prompt = step.text;
  }
  throw new Error('the story did not reach a choice');
}

const sitesOf = (runner: Runner): string[] => (runner.choices ?? []).map((c) => c.site);

function evidenceOf(runner: Runner, index: number): Partial<Record<PrincipleId, number>> {
  const checkpoint = runner.checkpoint();
  const before = runner.state.evidence.length;
  runner.choose(index);
  stepToChoices(runner);
  const points = sumPoints(runner, before);
  runner.rewind(checkpoint);
  return points;
}

interface Played {
  readonly report: Report;
  readonly decisions: DecisionTakenInput[];
}

function play(
  fr: CompiledStory,
  en: CompiledStory,
  bounds: Bounds,
  plan: LearnerPlan,
  points: Map<string, DecisionPointInput>,
): Played {
  const next = random(plan.seed);
  const runner = Runner.start(fr, plan.seed);
  const english = Runner.start(en, plan.seed);
  const decisions: DecisionTakenInput[] = [];
  for (;;) {
    const { prompt, choices } = stepToChoices(runner);
    const { prompt: promptEn, choices: choicesEn } = stepToChoices(english);
    if (!choices) break;
    const sites = sitesOf(runner);
    const evidence = choices.map((c) => evidenceOf(runner, c.index));
    const totals = evidence.map((e) => Object.values(e).reduce((a, b) => a + b, 0));
    const best = totals.indexOf(Math.max(...totals));
    const pick = next() < plan.skill ? best : Math.floor(next() * choices.length);
    const id = decisionIdOf(sites);
    if (!points.has(id)) {
      const options = choices.map((c, i): DecisionOptionInput => ({
        site: sites[i] ?? '',
        label: { fr: c.text, en: choicesEn?.[i]?.text ?? c.text },
        evidence: evidence[i] ?? {},
      }));
      points.set(id, { id, prompt: { fr: prompt, en: promptEn }, options });
    }
    const chosen = choices[pick] ?? choices[0];
    if (!chosen) break;
    decisions.push({ site: sites[pick] ?? '', offered: sites });
    runner.choose(chosen.index);
    english.choose(chosen.index);
  }
  const report = buildReport({
    scenario: runner.scenario,
    state: runner.state,
    bounds,
    locale: 'fr',
    storyHash: fr.storyHash,
    seed: plan.seed,
  });
  return { report, decisions };
}

const shifted = (level: Level, by: number): Level =>
  LEVELS[Math.max(0, Math.min(LEVELS.length - 1, LEVELS.indexOf(level) + by))] ?? level;

export function buildClass(dir: string, plans: readonly LearnerPlan[]): ClassFixture {
  const { bounds } = checkScenario(dir, ROOT);
  const fr = story(dir, 'fr');
  const en = story(dir, 'en');
  const points = new Map<string, DecisionPointInput>();
  const entries = plans.map((plan, i): ClassEntryInput => {
    const played = play(fr, en, bounds, plan, points);
    const status = plan.status ?? 'verified';
    const selfRating: Partial<Record<PrincipleId, Level>> = {};
    if (plan.selfBias !== null)
      for (const p of played.report.principles) selfRating[p.id] = shifted(p.level, plan.selfBias);
    return {
      key: `${dir}:${plan.seed}:${i}`,
      firstName: plan.firstName,
      sessionCode: plan.sessionCode,
      selfRating,
      verdict:
        status === 'unreadable'
          ? { status }
          : status === 'other-version'
            ? { status, record: { scenario: fr.scenario.id } }
            : { status, record: { scenario: fr.scenario.id }, replay: played },
    };
  });
  // The map follows the story: points in the order the learners first met them.
  return { scenario: source(dir).scenario, map: { decisions: [...points.values()] }, entries };
}

/** Eight learners of one session, mixed skills, three self-rating habits, and two reports left out. */
export const SAMPLE_CLASS: readonly LearnerPlan[] = [
  { firstName: 'Amina', sessionCode: 'BTS-A', skill: 0.95, seed: 11, selfBias: 0 },
  { firstName: 'Bastien', sessionCode: 'BTS-A', skill: 0.3, seed: 12, selfBias: 2 },
  { firstName: 'Chloé', sessionCode: 'BTS-A', skill: 0.7, seed: 13, selfBias: -1 },
  { firstName: 'Dylan', sessionCode: 'bts-a', skill: 0.5, seed: 14, selfBias: 1 },
  { firstName: 'Émilie', sessionCode: 'BTS-A', skill: 0.85, seed: 15, selfBias: null },
  { firstName: '=HYPERLIEN("x")', sessionCode: 'BTS-A', skill: 0.6, seed: 16, selfBias: 0 },
  { firstName: '<img src=x onerror=alert(1)>', sessionCode: 'BTS-A', skill: 0.4, seed: 17, selfBias: 1 },
  { firstName: 'Hugo', sessionCode: 'BTS-B', skill: 0.9, seed: 18, selfBias: 0 },
  { firstName: 'Inaya', sessionCode: 'BTS-A', skill: 0.5, seed: 19, selfBias: 0, status: 'altered' },
  { firstName: 'Jules', sessionCode: 'BTS-A', skill: 0.5, seed: 20, selfBias: 0, status: 'unreadable' },
];
