// The verification worker: reads and replays each report handed in, off the page's thread, one
// after the other. It holds the story versions it has been sent; when a report needs one it does not have
// yet (and the catalogue has it), it asks the page, which loads it through the catalogue.
import { classEntryOf } from './class-entry.ts';
import { readClassFile } from './class-store.ts';
import type { CatalogueIndex, FromWorker, SentInput, ToWorker, VerifyInput } from './verify-protocol.ts';
import { storyLibrary } from './verify-report.ts';
import type { StoryLibrary, StoryVersion } from './verify-report.ts';

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

let index: CatalogueIndex = { modules: [] };
const versions = new Map<string, StoryVersion>();
/** Versions the page could not load: asked once, then treated as absent. */
const absent = new Set<string>();
const arrivals = new Map<string, (story: StoryVersion | null) => void>();
let queue: Promise<void> = Promise.resolve();

const versionKey = (scenario: string, storyHash: string): string => `${scenario}|${storyHash}`;

function inCatalogue(scenario: string, storyHash: string): boolean {
  const module = index.modules.find((m) => m.id === scenario);
  return module !== undefined && (module.current === storyHash || module.archived.includes(storyHash));
}

/** The library as it stands, noting every version a report asked for that the page can still send. */
function libraryNoting(missing: Set<string>): StoryLibrary {
  const loaded = storyLibrary(
    [...versions.values()],
    index.modules.map((m) => m.id),
  );
  return {
    resolve(scenario, storyHash) {
      const found = loaded.resolve(scenario, storyHash);
      const key = versionKey(scenario, storyHash);
      if (found.kind === 'other-version' && inCatalogue(scenario, storyHash) && !absent.has(key)) missing.add(key);
      return found;
    },
  };
}

function fetchVersion(key: string): Promise<void> {
  const [scenario = '', storyHash = ''] = key.split('|');
  return new Promise((resolve) => {
    arrivals.set(key, (story) => {
      if (story) versions.set(key, story);
      else absent.add(key);
      resolve();
    });
    scope.postMessage({ type: 'need', scenario, storyHash });
  });
}

/** A file's bytes, read here: the page only hands the file over (reading 200 files would hold its thread). */
async function read(input: SentInput): Promise<VerifyInput> {
  if (input.kind === 'code') return input;
  const { content, ...file } = input;
  return { ...file, bytes: content === null ? null : new Uint8Array(await content.arrayBuffer()) };
}

async function verify(id: number, input: VerifyInput): Promise<void> {
  // First with what is loaded; if the report needs a version still to load, load it and verify again.
  const missing = new Set<string>();
  let entry = classEntryOf(input, libraryNoting(missing));
  if (missing.size > 0) {
    for (const key of missing) await fetchVersion(key);
    entry = classEntryOf(input, libraryNoting(new Set()));
  }
  // A report's bytes go to the page as they are, not copied.
  const { source } = entry;
  scope.postMessage(
    { type: 'verified', id, entry },
    source.kind === 'file' && source.bytes ? [source.bytes.buffer] : [],
  );
}

function readClass(id: number, bytes: Uint8Array): void {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    data = null;
  }
  const read = readClassFile(data);
  scope.postMessage({ type: 'class-file', id, entries: read.ok ? read.entries : null });
}

/** An unexpected failure stops the worker for good: the page hears of it and says so; the class is kept. */
function crash(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  switch (message.type) {
    case 'catalogue':
      index = message.index;
      return;
    case 'story': {
      const key = versionKey(message.scenario, message.storyHash);
      arrivals.get(key)?.(message.story);
      arrivals.delete(key);
      return;
    }
    case 'verify': {
      // Read at once, while the reports before it replay; a file that cannot be read stops the worker in its turn.
      const input = read(message.input);
      input.catch(() => undefined);
      queue = queue.then(async () => verify(message.id, await input)).catch(crash);
      return;
    }
    case 'class-file':
      queue = queue.then(() => {
        readClass(message.id, message.bytes);
      });
      return;
  }
});
