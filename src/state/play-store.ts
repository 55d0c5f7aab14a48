// The play store: plain data about the playthrough on screen (what has been shown, what is
// awaited, the engine state as of the line on screen). The Runner lives in the play session.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Locale, Mood, PrincipleId, SceneId } from '../engine/ids.ts';
import type { EngineState } from '../engine/state.ts';
import type { ChoiceView } from '../narrative/runner.ts';
import type { Learner } from './learner.ts';

/** One thing shown in the dialogue log. */
export type TranscriptEntry =
  | {
      readonly kind: 'line';
      readonly text: string;
      readonly speaker: string | null;
      readonly mood: Mood;
      /** The glossary terms the line's `term:` tags name. */
      readonly terms: readonly string[];
    }
  | { readonly kind: 'event'; readonly text: string; readonly week: number }
  | { readonly kind: 'choice'; readonly text: string };

/** What the screen waits for: the learner to continue, to choose, or to open the report. */
export type Awaiting = 'continue' | 'choices' | 'end';

/** Something that changed on the line just shown: trust towards a partner, or evidence earned or lost. */
export type Feedback =
  | { readonly kind: 'trust'; readonly partner: string; readonly delta: number; readonly value: number }
  | { readonly kind: 'evidence'; readonly principle: PrincipleId; readonly points: number };

export interface PlayState {
  readonly module: string;
  readonly locale: Locale;
  readonly transcript: readonly TranscriptEntry[];
  readonly awaiting: Awaiting;
  readonly choices: readonly ChoiceView[];
  /** The engine state as of the last thing shown (not of the line read ahead). */
  readonly engine: EngineState;
  readonly scene: SceneId;
  readonly speaker: { readonly id: string; readonly mood: Mood } | null;
  /** What changed on the last line shown; `serial` tells one batch from the next. */
  readonly feedback: { readonly serial: number; readonly items: readonly Feedback[] };
  readonly learner: Learner;
  readonly reflection: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** False when the last autosave could not be written (storage full or disabled). */
  readonly saved: boolean;
}

export type PlayStore = StoreApi<PlayState>;

export function createPlayStore(initial: PlayState): PlayStore {
  return createStore<PlayState>()(() => initial);
}
