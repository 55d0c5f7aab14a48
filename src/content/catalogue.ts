import type { Locale, PrincipleId } from '../engine/ids.ts';
import type { ArchivedStory } from './story-archive.ts';
import type { Bounds } from '../engine/report.ts';
import type { Scenario } from '../engine/world.ts';

/** One option of a decision point. */
export interface DecisionOption {
  /** The choice's place in the story (inkjs `Choice.sourcePath`), the same in French and English. */
  readonly site: string;
  readonly label: Readonly<Record<Locale, string>>;
  /**
   * Points per assessed principle (non-zero ones only) from taking this option up to the next
   * decision or the end, as first met by the explorer.
   */
  readonly evidence: Readonly<Partial<Record<PrincipleId, number>>>;
}

/** A set of options offered together somewhere in the story. */
export interface DecisionPoint {
  /** `decisionIdOf` the options' sites. */
  readonly id: string;
  /** The last line shown before the options. */
  readonly prompt: Readonly<Record<Locale, string>>;
  /** In the order the learner sees them. */
  readonly options: readonly DecisionOption[];
}

/** Every decision point the checker's explorer met in a scenario, in the order it met them. */
export interface DecisionMap {
  readonly scenario: string;
  readonly storyHash: string;
  readonly decisions: readonly DecisionPoint[];
}

/**
 * A decision point's id: the sites of the options offered, in order. The same choices offered
 * together are the same decision wherever the path that led there; a different set of options
 * (a conditional choice appearing) is another decision point.
 */
export function decisionIdOf(sites: readonly string[]): string {
  return sites.join(' ');
}

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
  /** Loads the decision map found by the explorer (a lazily loaded chunk). */
  readonly decisions: () => Promise<DecisionMap>;
}
