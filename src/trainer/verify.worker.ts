// The verification worker: replays the reports handed in, off the page's thread, one after the
// other, and answers for each handful at once. It holds the story versions it has been sent; when a
// report needs one it does not have yet (and the catalogue has it), it asks the page, which loads it
// through the catalogue.
import { classEntryOf } from './class-entry.ts';
import type { ClassEntry } from './class-store.ts';
import { readClassFile } from './class-store.ts';
import type { CatalogueIndex, FromWorker, ToWorker, VerifyInput } from './verify-protocol.ts';
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

async function verified(input: VerifyInput): Promise<ClassEntry> {
  // First with what is loaded; if the report needs a version still to load, load it and verify again.
  const missing = new Set<string>();
  const entry = classEntryOf(input, libraryNoting(missing));
  if (missing.size === 0) return entry;
  for (const key of missing) await fetchVersion(key);
  return classEntryOf(input, libraryNoting(new Set()));
}

async function verify(id: number, inputs: readonly VerifyInput[]): Promise<void> {
  const entries: ClassEntry[] = [];
  for (const input of inputs) entries.push(await verified(input));
  // The reports' bytes go back to the page as they are, not copied.
  const transfer = entries.flatMap(({ source }) =>
    source.kind === 'file' && source.bytes ? [source.bytes.buffer] : [],
  );
  scope.postMessage({ type: 'verified', id, entries }, transfer);
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
      const { id, inputs } = message;
      queue = queue.then(() => verify(id, inputs)).catch(crash);
      return;
    }
    case 'class-file':
      queue = queue.then(() => {
        readClass(message.id, message.bytes);
      });
      return;
  }
});
