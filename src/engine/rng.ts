// Seeded randomness (mulberry32): the whole generator state is one 32-bit number kept in the
// engine state, so a save or a replay continues the same sequence.

export interface Draw {
  readonly value: number; // in [0, 1)
  readonly next: number; // the generator's next state
}

export function draw(state: number): Draw {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, next };
}

/** Normalises any integer seed to the generator's 32-bit state. */
export function seedState(seed: number): number {
  return Math.trunc(seed) >>> 0;
}
