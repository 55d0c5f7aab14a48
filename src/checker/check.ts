// The scenario checker: manifest, tags, French/English parity, exploration of the playthroughs.
import { relative, resolve } from 'node:path';
import type { Locale } from '../engine/ids.ts';
import { draw, seedState } from '../engine/rng.ts';
import { pointsOf } from '../engine/state.ts';
import type { Bounds } from '../engine/report.ts';
import { loadScenarioDir } from '../content/scenario-files.ts';
import type { LoadOptions, ScenarioProblem, ScenarioSource } from '../content/scenario-files.ts';
import { NarrativeError } from '../narrative/errors.ts';
import { Runner } from '../narrative/runner.ts';
import type { CompiledStory } from '../narrative/runner.ts';
import { choiceSites, siteOfPath } from './choice-points.ts';
import { DEFAULT_EXPLORE, explore } from './explorer.ts';
import type { ExploreOptions, ExploreResult } from './explorer.ts';
import { readCompiled } from './compiled-ink.ts';
import { buildDecisionMap } from './decision-map.ts';
import { guessability, guessabilityWarnings } from './guessability.ts';
import type { Guessability } from './guessability.ts';
import type { DecisionMap } from '../content/catalogue.ts';
import { compareParity } from './parity.ts';
import { checkGlossaryFile } from './glossary-file.ts';
import { checkTags } from './static-tags.ts';
import { checkManifestTypography, checkScriptTypography, summariseScriptTypography } from './typography.ts';

export interface ScenarioCheck {
  readonly dir: string;
  readonly problems: readonly ScenarioProblem[];
  readonly source: ScenarioSource | null;
  readonly exploration: ExploreResult | null;
  readonly bounds: Bounds;
  /** Every decision point met, in both languages (null when the scenario was not explored). */
  readonly decisions: DecisionMap | null;
  readonly guessability: Guessability | null;
}

export function compiledStory(source: ScenarioSource, locale: Locale): CompiledStory {
  return { scenario: source.scenario, json: source.ink[locale].json, locale, storyHash: source.storyHash };
}

/** Plays random choices in French, replays them in English: the scores must be the same. */
function dynamicParity(source: ScenarioSource, relDir: string, walks: number): ScenarioProblem[] {
  const fr = compiledStory(source, 'fr');
  const en = compiledStory(source, 'en');
  let rng = seedState(4242);
  for (let w = 0; w < walks; w += 1) {
    const d = draw(rng);
    rng = d.next;
    const runner = Runner.start(fr, Math.floor(d.value * 1_000_000));
    try {
      for (let guard = 0; guard < 5_000; guard += 1) {
        const step = runner.next();
        if (step.kind === 'end') break;
        if (step.kind === 'choices') {
          const r = draw(rng);
          rng = r.next;
          runner.choose(step.choices[Math.floor(r.value * step.choices.length)]?.index ?? 0);
        }
      }
    } catch (error) {
      if (error instanceof NarrativeError) return []; // reported by the exploration
      throw error;
    }
    let english: Runner;
    try {
      english = Runner.replay(en, { ...runner.record, locale: 'en' });
      while (!english.ended) if (english.next().kind === 'end') break;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return [
        {
          file: `${relDir}/en.ink`,
          line: 1,
          severity: 'problem',
          message: `the French choices ${JSON.stringify(runner.record.choices)} cannot be replayed in English: ${message}`,
        },
      ];
    }
    const a = JSON.stringify(pointsOf(runner.state));
    const b = JSON.stringify(pointsOf(english.state));
    if (a !== b) {
      return [
        {
          file: `${relDir}/en.ink`,
          line: 1,
          severity: 'problem',
          message: `the same choices ${JSON.stringify(runner.record.choices)} score ${a} in French but ${b} in English`,
        },
      ];
    }
  }
  return [];
}

export interface StaticCheck {
  readonly problems: readonly ScenarioProblem[];
  readonly source: ScenarioSource | null;
}

/** The quick part: manifest, compilation, tags, French/English parity. */
export function checkStatic(dir: string, root: string, load: LoadOptions = {}): StaticCheck {
  const loaded = loadScenarioDir(dir, root, load);
  if (!loaded.ok) return { problems: loaded.problems, source: null };
  const source = loaded.source;
  const problems: ScenarioProblem[] = [];
  const fr = readCompiled(source.ink.fr.story.mainContentContainer, source.ink.fr.pathOf, root);
  const en = readCompiled(source.ink.en.story.mainContentContainer, source.ink.en.pathOf, root);
  const glossary = checkGlossaryFile(root).ids;
  problems.push(...checkTags(fr.tags, source.scenario, glossary), ...checkTags(en.tags, source.scenario, glossary));
  problems.push(...compareParity(fr.logic, en.logic));
  const manifestFile = relative(root, resolve(dir, 'scenario.json'));
  problems.push(...checkManifestTypography(JSON.parse(source.manifestText), source.manifestText, manifestFile));
  // English scripts: refused on a fault. French scripts: summed up as a warning per file.
  problems.push(...checkScriptTypography(en.words, 'en'), ...summariseScriptTypography(fr.words, 'fr'));
  for (const w of [...source.ink.fr.warnings, ...source.ink.en.warnings]) {
    const m = /^(.*?):(\d+): (.*)$/s.exec(w);
    if (m) problems.push({ file: m[1] ?? '', line: Number(m[2]), message: m[3] ?? w, severity: 'warning' });
  }
  return { problems, source };
}

export function checkScenario(
  dir: string,
  root: string,
  options: ExploreOptions = DEFAULT_EXPLORE,
  load: LoadOptions = {},
): ScenarioCheck {
  const quick = checkStatic(dir, root, load);
  const source = quick.source;
  if (!source || quick.problems.some((p) => p.severity === 'problem')) {
    return {
      dir,
      problems: quick.problems,
      source,
      exploration: null,
      bounds: {},
      decisions: null,
      guessability: null,
    };
  }
  const { scenario } = source;
  const relDir = relative(root, resolve(dir));
  const problems: ScenarioProblem[] = [...quick.problems];

  const ink = source.ink.fr;
  const result = explore(compiledStory(source, 'fr'), options);
  const seenIncident = new Set<string>();
  for (const incident of result.incidents) {
    const site = siteOfPath(ink.story.mainContentContainer, incident.path, ink.pathOf, root) ?? {
      file: `${relDir}/fr.ink`,
      line: 1,
    };
    const key = `${site.file}:${site.line}:${incident.kind}`;
    if (seenIncident.has(key)) continue;
    seenIncident.add(key);
    const message =
      incident.kind === 'dead-end'
        ? `dead end: the story stops here with no choice and no "end" tag (after choices ${JSON.stringify(incident.choices)})`
        : `${incident.message} (after choices ${JSON.stringify(incident.choices)})`;
    problems.push({ ...site, severity: 'problem', message });
  }
  for (const site of choiceSites(ink.story.mainContentContainer, ink.pathOf, root)) {
    if (result.offered.has(site.path)) continue;
    problems.push(
      result.mode === 'exhaustive'
        ? { file: site.file, line: site.line, severity: 'problem', message: 'no playthrough can reach this choice' }
        : {
            file: site.file,
            line: site.line,
            severity: 'warning',
            message: `no sampled playthrough (${result.playthroughs}) reached this choice`,
          },
    );
  }
  const manifestFile = `${relDir}/scenario.json`;
  for (const p of scenario.principles) {
    const b = result.bounds[p] ?? { worst: 0, best: 0 };
    if (b.best <= 0)
      problems.push({
        file: manifestFile,
        line: 1,
        severity: 'problem',
        message: `principle "${p}" is assessed but no playthrough can earn it (best ${b.best})`,
      });
    if (b.worst >= 0)
      problems.push({
        file: manifestFile,
        line: 1,
        severity: 'warning',
        message: `principle "${p}" is assessed but no playthrough can lose it (worst ${b.worst})`,
      });
  }
  if (!problems.some((p) => p.severity === 'problem')) problems.push(...dynamicParity(source, relDir, 40));
  if (problems.some((p) => p.severity === 'problem')) {
    return { dir, problems, source, exploration: result, bounds: result.bounds, decisions: null, guessability: null };
  }
  const decisions = buildDecisionMap(
    { fr: compiledStory(source, 'fr'), en: compiledStory(source, 'en') },
    result.decisions,
  );
  const figures = guessability(decisions);
  for (const message of guessabilityWarnings(figures)) {
    problems.push({ file: manifestFile, line: 1, severity: 'warning', message });
  }
  return { dir, problems, source, exploration: result, bounds: result.bounds, decisions, guessability: figures };
}
