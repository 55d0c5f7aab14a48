// What a learning platform sees of the game. A package build fixes one module and one adapter
// (`VITE_LMS`, `VITE_MODULE`); the adapter connects at launch, then follows the play store of the
// playthrough on screen and reports to the platform what the learner does and how it ends.
import type { Report } from '../engine/report.ts';
import type { PlayStore } from '../state/play-store.ts';

/** The platforms a package can be built for. */
export const LMS_KINDS = ['scorm12', 'cmi5'] as const;
export type LmsKind = (typeof LMS_KINDS)[number];

/** What the platform said at launch. */
export type LmsLaunch =
  | {
      readonly status: 'connected';
      /** The save the platform kept from an earlier session of this attempt, as it was stored. */
      readonly resume: string | null;
    }
  | {
      /** The game plays as the ordinary game and sends nothing. */
      readonly status: 'standalone';
      readonly reason: 'no-platform' | 'refused' | 'bad-launch';
    };

/** Something the learner must be told about the platform (shown until the page closes). */
export type LmsNotice =
  | 'not-connected' // no platform found: results are not sent
  | 'refused' // the platform was found but refused to open the session: results are not sent
  | 'save-unreadable' // what the platform kept could not be resumed: started afresh, kept aside on the device
  | 'save-too-long' // the playthrough no longer fits what the platform keeps: resuming there is no longer possible
  | 'send-failed' // the platform did not accept what was sent
  | 'launch-invalid' // cmi5: launch parameters missing or malformed: results are not sent
  | 'fetch-failed' // cmi5: the session's token could not be had (fetch URL failing or already used): results are not sent
  | 'session-closed' // cmi5: this launch's session was ended (the page was left): results are no longer sent
  | 'send-refused' // cmi5: the LRS refused a statement: it is kept aside on the device
  | 'queue-full' // cmi5: too many statements wait for the LRS: the newest are not kept
  | 'sent'; // the results went to the platform; a new game will not (a new attempt is launched from the platform)

/** A playthrough as the platform follows it. */
export interface LmsPlaythrough {
  readonly module: string;
  readonly store: PlayStore;
  /** The compact save of the playthrough as it stands (what the platform keeps for a resume). */
  saveCode(): string;
  /** The report as it stands: its principles give the score. */
  report(): Report;
}

export interface LmsAdapter {
  readonly kind: LmsKind;
  /** Finds the platform and opens the session. Never throws: failing platforms give `standalone`. */
  connect(): Promise<LmsLaunch>;
  /** Follows a playthrough: every decision, the end. Returns what stops following. */
  follow(playthrough: LmsPlaythrough): () => void;
  /** The page is going away: close the session so that the attempt can be resumed. */
  leave(): void;
}
