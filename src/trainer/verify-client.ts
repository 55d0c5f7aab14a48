// The page's side of verification: a few workers for the whole screen (one per processor core, up to
// four), each handed a few reports at a time in one message (their files read ahead, a group at a time),
// and a second handful queued behind, so that a worker never waits for its next report and the page's
// thread posts and collects once per handful, not once per report; the stories a worker asks for are
// loaded here, through the catalogue (the game's own lazy chunks).
import type { ScenarioEntry } from '../content/catalogue.ts';
import type { ClassEntry, HandedIn } from './class-store.ts';
import { ReadAhead } from './read-together.ts';
import type { CatalogueIndex, FromWorker, SentInput, ToWorker, VerifyInput } from './verify-protocol.ts';
import type { StoryVersion } from './verify-report.ts';

/** The most reports in one message: a handful takes a worker about a tenth of a second. */
const HANDFUL = 4;
/**
 * Handfuls sent to each worker before the first comes back: the next one is there when a worker
 * finishes (read while the worker replays the one before), and a class's files are never all read at once.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * How many of the `left` reports go in the next handful: fewer towards the end, so that the workers
 * finish together rather than one waiting for another's last handful.
 */
export function handfulSize(left: number, workers: number): number {
  return Math.max(1, Math.min(HANDFUL, Math.floor(left / (workers * IN_FLIGHT_PER_WORKER * 2))));
}

/** Reports `from` to `to` as the worker gets them: their files' bytes taken from what was read ahead. */
async function readInputs(
  inputs: readonly SentInput[],
  from: number,
  to: number,
  ahead: ReadAhead,
): Promise<VerifyInput[]> {
  const read: VerifyInput[] = [];
  for (const [i, input] of inputs.slice(from, to).entries()) {
    if (input.kind === 'code') read.push(input);
    else {
      const { name, size, addedAt } = input;
      read.push({ kind: 'file', name, size, addedAt, bytes: await ahead.take(from + i) });
    }
  }
  return read;
}

/** As many workers as the device has cores (the page itself mostly waits), at least one, at most four. */
function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(4, Math.max(1, cores));
}

export class VerificationStopped extends Error {
  constructor() {
    super('the verification worker stopped');
    this.name = 'VerificationStopped';
  }
}

export function catalogueIndex(scenarios: readonly ScenarioEntry[]): CatalogueIndex {
  return {
    modules: scenarios.map((e) => ({ id: e.scenario.id, current: e.storyHash, archived: Object.keys(e.archive) })),
  };
}

/** The version `storyHash` of a module, loaded from the catalogue (null if the build does not have it). */
export async function loadStoryVersion(
  scenarios: readonly ScenarioEntry[],
  module: string,
  storyHash: string,
): Promise<StoryVersion | null> {
  const entry = scenarios.find((e) => e.scenario.id === module);
  if (!entry) return null;
  if (entry.storyHash === storyHash) {
    const [fr, en] = await Promise.all([entry.load.fr(), entry.load.en()]);
    return { scenario: entry.scenario, storyHash, bounds: entry.bounds, json: { fr, en } };
  }
  const archived = entry.archive[storyHash];
  if (!archived) return null;
  const story = await archived();
  return { scenario: story.scenario, storyHash, bounds: story.bounds, json: story.ink };
}

type Waiter =
  | { readonly kind: 'verify'; resolve(entries: readonly ClassEntry[]): void; reject(error: Error): void }
  | { readonly kind: 'class-file'; resolve(entries: readonly HandedIn[] | null): void; reject(error: Error): void };

export class VerifyClient {
  private workers: Worker[] = [];
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();

  constructor(
    private readonly scenarios: readonly ScenarioEntry[],
    private readonly count: number = workerCount(),
  ) {}

  /** How many workers verify (the page says it, for the benchmark to replay with as many). */
  get workerCount(): number {
    return this.count;
  }

  /** Starts the workers, if they are not running yet: as soon as reports are chosen, while they are read. */
  start(): void {
    this.started();
  }

  /** The worker for lane `lane` (started on first use, all of them at once). */
  private started(lane = 0): Worker {
    if (this.workers.length === 0) {
      this.workers = Array.from({ length: this.count }, () => this.startOne());
    }
    const worker = this.workers[lane % this.workers.length];
    if (!worker) throw new VerificationStopped();
    return worker;
  }

  private startOne(): Worker {
    const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      this.receive(worker, event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail();
    });
    this.post(worker, { type: 'catalogue', index: catalogueIndex(this.scenarios) });
    return worker;
  }

  private post(worker: Worker, message: ToWorker, transfer: Transferable[] = []): void {
    worker.postMessage(message, transfer);
  }

  private receive(worker: Worker, message: FromWorker): void {
    switch (message.type) {
      case 'need': {
        // A story that fails to load is answered with null: the worker then says which version is missing.
        void loadStoryVersion(this.scenarios, message.scenario, message.storyHash)
          .catch(() => null)
          .then((story) => {
            if (this.workers.includes(worker)) {
              this.post(worker, { type: 'story', scenario: message.scenario, storyHash: message.storyHash, story });
            }
          });
        return;
      }
      case 'verified': {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (waiter?.kind === 'verify') waiter.resolve(message.entries);
        return;
      }
      case 'class-file': {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (waiter?.kind === 'class-file') waiter.resolve(message.entries);
        return;
      }
    }
  }

  /** Any worker failing stops them all: what they were doing is reported as stopped, nothing else is lost. */
  private fail(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    const waiters = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiters) w.reject(new VerificationStopped());
  }

  /** Sends a handful to the worker of `lane`, and resolves with its entries in order. */
  private async verifySome(read: readonly VerifyInput[], lane: number): Promise<readonly ClassEntry[]> {
    const worker = this.started(lane);
    const id = this.nextId++;
    // The files' bytes go to the worker, not copied.
    const transfer = read.flatMap((input) => (input.kind === 'file' && input.bytes ? [input.bytes.buffer] : []));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { kind: 'verify', resolve, reject });
      this.post(worker, { type: 'verify', id, inputs: read }, transfer);
    });
  }

  /**
   * Verifies every report, a handful at a time: `onProgress` after each handful, and `inOrder` with
   * each entry as soon as every report before it is verified too (in the order the reports were given).
   * Files are read ahead within a budget (a class of 200 files is never all in memory at once).
   */
  async verifyAll(
    inputs: readonly SentInput[],
    onProgress: (done: number, total: number) => void,
    inOrder: (entry: ClassEntry) => void = () => undefined,
  ): Promise<ClassEntry[]> {
    const results: (ClassEntry | undefined)[] = new Array<ClassEntry | undefined>(inputs.length);
    let next = 0;
    let done = 0;
    let given = 0;
    // The files are read ahead, in order, from the start: while the workers start, then while they replay.
    const ahead = new ReadAhead(
      inputs.map((input) => (input.kind === 'file' ? input.content : null)),
      this.count * HANDFUL,
    );
    // A file that cannot be read (moved or deleted since it was chosen) stops every lane: nothing more
    // joins the class from this import.
    let failed = false;
    const stopped = (): boolean => failed;
    const lane = async (number: number): Promise<void> => {
      while (!stopped() && next < inputs.length) {
        const from = next;
        next += handfulSize(inputs.length - from, this.count);
        let entries: readonly ClassEntry[];
        try {
          entries = await this.verifySome(await readInputs(inputs, from, next, ahead), number);
        } catch (error) {
          failed = true;
          throw error;
        }
        // Another lane failed meanwhile: what came back is dropped with the rest of the import.
        if (stopped()) return;
        entries.forEach((entry, i) => {
          results[from + i] = entry;
        });
        done += entries.length;
        onProgress(done, inputs.length);
        for (let ready = results[given]; ready !== undefined; ready = results[given]) {
          given += 1;
          inOrder(ready);
        }
      }
    };
    const lanes = this.count * IN_FLIGHT_PER_WORKER;
    await Promise.all(Array.from({ length: lanes }, (_, number) => lane(number)));
    return results.filter((entry): entry is ClassEntry => entry !== undefined);
  }

  /** Reads a class file in the worker (it can be large): what it holds, or null if it is not one. */
  readClassFile(bytes: Uint8Array): Promise<readonly HandedIn[] | null> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { kind: 'class-file', resolve, reject });
      this.post(worker, { type: 'class-file', id, bytes }, [bytes.buffer]);
    });
  }

  dispose(): void {
    this.fail();
  }
}
