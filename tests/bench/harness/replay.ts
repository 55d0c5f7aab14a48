// The trainer benchmark's baseline in the browser: the runner replaying a class's records in one
// worker, with nothing else (no reading, no checking, no comparing, no page). `window.replayAll`
// starts a fresh worker, as the trainer space does, and resolves with how long the replays took.
import type { CompiledStory, PlaythroughRecord } from '../../../src/narrative/runner.ts';

declare global {
  interface Window {
    replayAll(compiled: CompiledStory, records: readonly PlaythroughRecord[]): Promise<number>;
  }
}

window.replayAll = (compiled, records) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
    const started = performance.now();
    worker.addEventListener('message', (event: MessageEvent<{ replayed: number }>) => {
      const ms = performance.now() - started;
      worker.terminate();
      if (event.data.replayed === records.length) resolve(ms);
      else reject(new Error(`${event.data.replayed} of ${records.length} records replayed`));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage({ compiled, records });
  });

document.body.dataset['ready'] = '';
