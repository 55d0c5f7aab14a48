import type { Locale } from '../engine/ids.ts';
import type { ArchivedStory } from './story-archive.ts';
import type { Bounds } from '../engine/report.ts';
import type { Scenario } from '../engine/world.ts';

/** One scenario as the game sees it: built and checked at build time, stories loaded lazily. */
export interface ScenarioEntry {
  readonly scenario: Scenario;
  readonly storyHash: string;
  /** Worst and best points per principle, found by the explorer. */
  readonly bounds: Bounds;
  /** Loads the compiled story JSON for a language (a lazily loaded chunk). */
  readonly load: Readonly<Record<Locale, () => Promise<string>>>;
  /** Earlier versions kept in the scenario's archive (and still replayable), by story hash: loaded lazily. */
  readonly archive: Readonly<Record<string, () => Promise<ArchivedStory>>>;
}
