// The cmi5 build's policy lets the page connect over HTTP(S) because the LRS is named only at launch
// (vite.config.ts). Once the launch parameters are read, a second policy narrows connections to the
// page's own origin and the LMS's: a page enforces every policy it has, so this one can only tighten.
import { h } from '../ui/dom.ts';

/** Allows connections only to the page's origin and to `origins` (none: the page's origin alone). */
export function narrowConnections(doc: Document, origins: readonly string[]): void {
  const sources = ["'self'", ...new Set(origins)].join(' ');
  doc.head.append(h('meta', { 'http-equiv': 'Content-Security-Policy', content: `connect-src ${sources}` }));
}

/** The origins a cmi5 launch connects to: its LRS endpoint and its fetch URL. */
export function launchOrigins(params: { readonly endpoint: string; readonly fetch: string }): string[] {
  return [new URL(params.endpoint).origin, new URL(params.fetch).origin];
}
