// Builds the production bundle once and serves it with `vite preview` for the browser tests.
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn' });
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not start');
  project.provide('baseURL', url);
  project.provide('storiesDir', 'stories');
  return async () => {
    await server?.close();
  };
}
