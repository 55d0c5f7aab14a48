// The trainer benchmark's baseline in the browser: the runner replaying a class's records in fresh
// workers, with nothing else (no reading, no checking, no comparing, no storing, no page).
// `window.replayAll` starts `workers` workers, as the trainer space does, gives each its share of the
// records (dealt in turn), and resolves with how long it took until the last one had replayed its share.
import type { CompiledStory, PlaythroughRecord } from '../../../src/narrative/runner.ts';

declare global {
  interface Window {
    replayAll(compiled: CompiledStory, records: readonly PlaythroughRecord[], workers: number): Promise<number>;
  }
}

function replayShare(compiled: CompiledStory, records: readonly PlaythroughRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ replayed: number }>) => {
      worker.terminate();
      if (event.data.replayed === records.length) resolve();
      else reject(new Error(`${event.data.replayed} of ${records.length} records replayed`));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage({ compiled, records });
  });
}

window.replayAll = async (compiled, records, workers) => {
  const shares = Array.from({ length: workers }, (_, w) => records.filter((_, i) => i % workers === w));
  const started = performance.now();
  await Promise.all(shares.map((share) => replayShare(compiled, share)));
  return performance.now() - started;
};

document.body.dataset['ready'] = '';
