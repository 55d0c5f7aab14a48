// Replays every record to its end on one loaded story, as the verification worker does, and says
// how many it replayed.
import { Runner } from '../../../src/narrative/runner.ts';
import type { CompiledStory, PlaythroughRecord } from '../../../src/narrative/runner.ts';

self.addEventListener('message', (event: MessageEvent<{ compiled: CompiledStory; records: PlaythroughRecord[] }>) => {
  const { compiled, records } = event.data;
  let runner: Runner | null = null;
  let replayed = 0;
  for (const record of records) {
    runner = runner
      ? runner.replay(record, { stepsAfter: 200_000 })
      : Runner.replay(compiled, record, { stepsAfter: 200_000 });
    if (runner.ended) replayed += 1;
  }
  self.postMessage({ replayed });
});
