// The messages between the page and the verification worker. The worker replays; the page owns the
// catalogue and loads the stories the worker asks for (the same lazy chunks the game plays from).
import type { ClassEntry, HandedIn } from './class-store.ts';
import type { StoryVersion } from './verify-report.ts';

/** One report to verify. */
export type VerifyInput =
  /** A file; `bytes` is null when it was refused before being read (too large). */
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly size: number;
      readonly bytes: Uint8Array<ArrayBuffer> | null;
      readonly addedAt: string;
    }
  | { readonly kind: 'code'; readonly code: string; readonly via: 'typed' | 'camera'; readonly addedAt: string };

/**
 * One report as the page holds it before sending it: a file as the browser holds it (the page reads
 * the files ahead of the workers, a group at a time, see `ReadAhead`); `content` is null when it was
 * refused unread (too large).
 */
export type SentInput =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly size: number;
      readonly content: Blob | null;
      readonly addedAt: string;
    }
  | Extract<VerifyInput, { readonly kind: 'code' }>;

/** What the worker knows of the catalogue before any story is loaded. */
export interface CatalogueIndex {
  readonly modules: readonly {
    readonly id: string;
    readonly current: string;
    readonly archived: readonly string[];
  }[];
}

export type ToWorker =
  | { readonly type: 'catalogue'; readonly index: CatalogueIndex }
  /** A few reports, verified one after the other and answered together. */
  | { readonly type: 'verify'; readonly id: number; readonly inputs: readonly VerifyInput[] }
  | { readonly type: 'class-file'; readonly id: number; readonly bytes: Uint8Array }
  | {
      readonly type: 'story';
      readonly scenario: string;
      readonly storyHash: string;
      readonly story: StoryVersion | null;
    };

export type FromWorker =
  | { readonly type: 'need'; readonly scenario: string; readonly storyHash: string }
  | { readonly type: 'verified'; readonly id: number; readonly entries: readonly ClassEntry[] }
  | { readonly type: 'class-file'; readonly id: number; readonly entries: readonly HandedIn[] | null };
