// A short, stable content hash (two FNV-1a lanes, 64 bits in hex). Not cryptographic: it ties
// saves and reports to the exact story they were made with.

export function contentHash(...parts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      const c = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
    }
    h1 = Math.imul(h1 ^ 0xff, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ 0xfe, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The identity of one version of a scenario: its manifest, both compiled scripts and the engine's
 * rules. A playthrough record carries it; it replays to the same report only under the same hash.
 */
export function storyHashOf(
  scenario: unknown,
  ink: { readonly fr: string; readonly en: string },
  rules: string,
): string {
  return contentHash(JSON.stringify(scenario), ink.fr, ink.en, rules);
}
