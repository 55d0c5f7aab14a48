// What every screen is given and what it gives back: the route that leads to it, the screen itself, and
// the application context (settings, storage, saves, navigation). The shell (app.ts) implements it.
import type { ScenarioEntry } from '../content/catalogue.ts';
import type { Learner } from '../state/learner.ts';
import type { PlaySession } from '../state/play-session.ts';
import type { SaveEnvelope } from '../state/saves.ts';
import type { SettingsStore } from '../state/settings.ts';
import type { KeyValueStorage } from '../state/storage.ts';
import type { WorldHost } from './world-host.ts';

/** What the URL asked for: `?module=dumas&lang=en&session=BTS-A`, or `?trainer` for the trainer space. */
export interface UrlRequest {
  readonly module: string | null;
  readonly session: string;
  readonly trainer: boolean;
}

export type Route =
  | { readonly name: 'title' }
  | { readonly name: 'modules' }
  | { readonly name: 'about' }
  | { readonly name: 'before-play'; readonly entry: ScenarioEntry; readonly draft: Learner }
  | { readonly name: 'play'; readonly session: PlaySession }
  | { readonly name: 'report'; readonly session: PlaySession }
  | { readonly name: 'trainer' };

export interface Screen {
  readonly root: HTMLElement;
  /** Where the map goes on this screen (null: behind it, or hidden). */
  readonly mapSlot: HTMLElement | null;
  /** Moves focus where a keyboard user expects it when the screen opens. */
  focusFirst(): void;
  destroy(): void;
}

export interface AppContext {
  readonly settings: SettingsStore;
  readonly storage: KeyValueStorage;
  /** False when the browser refuses localStorage: nothing will survive a reload. */
  readonly persistent: boolean;
  readonly scenarios: readonly ScenarioEntry[];
  readonly url: UrlRequest;
  readonly world: WorldHost;
  now(): Date;
  go(route: Route): void;
  openSettings(opener: HTMLElement): void;
  announce(message: string): void;
  /** Valid autosaves, most recent first (unusable ones have been set aside). */
  saves(): SaveEnvelope[];
  resume(envelope: SaveEnvelope): Promise<void>;
  /** The before-play screen of `entry`; `keep` carries the name and session code over to a new game. */
  newGame(entry: ScenarioEntry, keep?: { readonly firstName: string; readonly sessionCode: string }): void;
  entryOf(module: string): ScenarioEntry | undefined;
}
