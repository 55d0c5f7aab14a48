import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The stories folder the served build was made from (the tests compile the same scenarios in Node). */
    storiesDir: string;
  }
}
