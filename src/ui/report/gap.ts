// The gap between the learner's self-rating and the level the game measured, and what it means.
import { LEVELS } from '../../engine/principles.ts';
import type { Level } from '../../engine/principles.ts';

export type Gap =
  | { readonly kind: 'none' }
  | { readonly kind: 'match' }
  | { readonly kind: 'over'; readonly steps: number }
  | { readonly kind: 'under'; readonly steps: number };

/** `over`: the learner rated themselves higher than their choices showed; `under`: lower. */
export function gapOf(selfRating: Level | undefined, measured: Level): Gap {
  if (selfRating === undefined) return { kind: 'none' };
  const diff = LEVELS.indexOf(selfRating) - LEVELS.indexOf(measured);
  if (diff === 0) return { kind: 'match' };
  return diff > 0 ? { kind: 'over', steps: diff } : { kind: 'under', steps: -diff };
}
