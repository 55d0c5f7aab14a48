// Earlier versions of a scenario, kept so that reports played with them stay verifiable after a
// content fix: `stories/<id>/archive/<storyHash>.json` holds the manifest, both compiled scripts
// and the explorer's bounds of that version. Pure: the build reads the files, the game imports them.
import { z } from 'zod';
import type { Bounds } from '../engine/report.ts';
import type { Scenario } from '../engine/world.ts';
import { storyHashOf } from './hash.ts';
import { ManifestError, parseScenario } from './manifest.ts';

export const ARCHIVE_FORMAT = 'passerelles-story-version';

export interface ArchivedStory {
  readonly format: typeof ARCHIVE_FORMAT;
  readonly formatVersion: 1;
  readonly storyHash: string;
  /** The engine rules it was played under (`rulesFingerprint()` then). */
  readonly rules: string;
  readonly scenario: Scenario;
  /** The compiled ink JSON of each language, exactly as the compiler wrote it. */
  readonly ink: { readonly fr: string; readonly en: string };
  readonly bounds: Bounds;
}

const boundSchema = z.strictObject({ worst: z.number().int(), best: z.number().int() });

const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(1),
  storyHash: z.string().regex(/^[0-9a-f]{16}$/),
  rules: z.string(),
  scenario: z.unknown(),
  ink: z.strictObject({ fr: z.string(), en: z.string() }),
  bounds: z.record(z.string(), boundSchema),
});

export type ArchiveRead =
  { readonly ok: true; readonly story: ArchivedStory } | { readonly ok: false; readonly problem: string };

/**
 * Reads an archived version. It is usable only if hashing it under `rules` (the engine's rules
 * today) gives back its own hash: otherwise the rules have changed since, and a record played with
 * it would no longer replay the same.
 */
export function readArchivedStory(data: unknown, rules: string): ArchiveRead {
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'not an archived story of this game' };
  const { storyHash, ink } = parsed.data;
  if (storyHashOf(parsed.data.scenario, ink, rules) !== storyHash) {
    return { ok: false, problem: 'archived under other engine rules (or edited): it cannot be replayed as it was' };
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(parsed.data.scenario);
  } catch (error) {
    return { ok: false, problem: error instanceof ManifestError ? error.message : 'its manifest is not valid' };
  }
  return { ok: true, story: { ...parsed.data, scenario, bounds: parsed.data.bounds } };
}

export function archiveStory(
  scenario: Scenario,
  ink: { readonly fr: string; readonly en: string },
  bounds: Bounds,
  rules: string,
): ArchivedStory {
  return {
    format: ARCHIVE_FORMAT,
    formatVersion: 1,
    storyHash: storyHashOf(scenario, ink, rules),
    rules,
    scenario,
    ink,
    bounds,
  };
}
