// The decision map: every decision point the explorer met, with its prompt and options in French
// and in English. The texts come from replaying, in each language, the playthrough that first
// reached the point (the same choices give the same story in both languages).
import type { DecisionMap, DecisionPoint } from '../content/catalogue.ts';
import type { Locale } from '../engine/ids.ts';
import { Runner } from '../narrative/runner.ts';
import type { CompiledStory } from '../narrative/runner.ts';
import type { MetDecision } from './explorer.ts';

interface Texts {
  readonly prompt: string;
  readonly labels: readonly string[];
}

const commonPrefix = (a: readonly number[], b: readonly number[]): number => {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k += 1;
  return k;
};

/** Runs to the next choices; returns the last line shown on the way (or `fallback`). */
function toChoices(runner: Runner, fallback: string): string {
  let last = fallback;
  for (;;) {
    const step = runner.next();
    if (step.kind === 'line') last = step.text;
    else if (step.kind === 'choices') return last;
    else if (step.kind === 'end') throw new Error('the story ended before the decision point');
  }
}

/**
 * The prompt and option labels at the end of each path, in one language. Paths are walked in
 * sorted order from checkpoints kept where the next paths branch off, so a shared beginning is
 * played once.
 */
function textsAlong(compiled: CompiledStory, met: readonly MetDecision[]): Texts[] {
  const out: Texts[] = new Array<Texts>(met.length);
  const bySeed = new Map<number, number[]>();
  met.forEach((m, i) => {
    bySeed.set(m.seed, [...(bySeed.get(m.seed) ?? []), i]);
  });
  for (const [seed, indices] of bySeed) {
    const order = [...indices].sort((a, b) => {
      const x = met[a]?.choices ?? [];
      const y = met[b]?.choices ?? [];
      const k = commonPrefix(x, y);
      return (x[k] ?? -1) - (y[k] ?? -1);
    });
    const paths = order.map((i) => met[i]?.choices ?? []);
    // Where each path parts from the next one: the depths worth a checkpoint while walking it.
    const parting = paths.map((p, i) => commonPrefix(p, paths[i + 1] ?? []));
    const runner = Runner.start(compiled, seed);
    const stack: { depth: number; checkpoint: ReturnType<Runner['checkpoint']>; last: string }[] = [];
    let last = toChoices(runner, '');
    let depth = 0;
    stack.push({ depth: 0, checkpoint: runner.checkpoint(), last });
    paths.forEach((path, n) => {
      // Needed later: the running minima of the parting depths from this path on.
      const needed = new Set<number>();
      let min = Infinity;
      for (let j = n; j < paths.length - 1; j += 1) {
        min = Math.min(min, parting[j] ?? 0);
        needed.add(min);
      }
      const start = n === 0 ? 0 : (parting[n - 1] ?? 0);
      while ((stack.at(-1)?.depth ?? 0) > start) stack.pop();
      const top = stack.at(-1);
      // Unless this path goes on from where the last one ended, go back to where they part.
      if (top && depth !== start) {
        runner.rewind(top.checkpoint);
        last = top.last;
        depth = top.depth;
      }
      for (; depth < path.length;) {
        runner.choose(path[depth] ?? 0);
        depth += 1;
        last = toChoices(runner, last);
        if (needed.has(depth) && (stack.at(-1)?.depth ?? -1) < depth) {
          stack.push({ depth, checkpoint: runner.checkpoint(), last });
        }
      }
      out[order[n] ?? 0] = { prompt: last, labels: (runner.choices ?? []).map((c) => c.text) };
    });
  }
  return out;
}

export function buildDecisionMap(
  stories: Readonly<Record<Locale, CompiledStory>>,
  met: readonly MetDecision[],
): DecisionMap {
  // The French texts were noted while exploring (in French), but for prompts shown before the
  // previous decision; the English ones come from replays.
  const replayed = textsAlong(
    stories.fr,
    met.filter((m) => m.prompt === null),
  );
  let next = 0;
  const fr = met.map((m): Texts | undefined =>
    m.prompt === null ? replayed[next++] : { prompt: m.prompt, labels: m.labels },
  );
  const en = textsAlong(stories.en, met);
  const decisions: DecisionPoint[] = met.map((m, i) => ({
    id: m.id,
    prompt: { fr: fr[i]?.prompt ?? '', en: en[i]?.prompt ?? '' },
    options: m.sites.map((site, k) => ({
      site,
      label: { fr: fr[i]?.labels[k] ?? '', en: en[i]?.labels[k] ?? '' },
      evidence: m.evidence[k] ?? {},
    })),
  }));
  return { scenario: stories.fr.scenario.id, storyHash: stories.fr.storyHash, decisions };
}
