// Everything that can go wrong while playing a story, as one typed error.

export type NarrativeErrorKind =
  | 'ink-runtime' // ink reported an error while running (a missing variable, a bad divert…)
  | 'bad-tag' // a tag the checker should have refused
  | 'bad-choice' // a choice index that is not on offer
  | 'dead-end' // the story stopped without choices and without `end`
  | 'bad-record'; // a playthrough record that does not fit this story

export class NarrativeError extends Error {
  constructor(
    readonly kind: NarrativeErrorKind,
    message: string,
    /** The ink path where it happened, when known. */
    readonly path: string | null = null,
  ) {
    super(message);
    this.name = 'NarrativeError';
  }
}
