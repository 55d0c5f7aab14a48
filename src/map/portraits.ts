// Deterministic portraits: one face per cast id (DiceBear's CC0 "Lorelei" style), its expression from the mood.
import { createAvatar } from '@dicebear/core';
import * as lorelei from '@dicebear/lorelei';
import type { Mood } from '../engine/ids.ts';

type LoreleiOptions = NonNullable<Parameters<typeof createAvatar<lorelei.Options>>[1]>;
type Mouth = NonNullable<lorelei.Options['mouth']>[number];
type Eyebrows = NonNullable<lorelei.Options['eyebrows']>[number];
type Eyes = NonNullable<lorelei.Options['eyes']>[number];

/**
 * Each mood narrows the mouths and eyebrows the seed picks from. DiceBear's generator draws one number
 * per feature whatever the length of its list, so the rest of the face (hair, eyes, skin) stays the same
 * person from one mood to another.
 */
export const MOOD_FEATURES: Readonly<Record<Mood, { mouth: readonly Mouth[]; eyebrows: readonly Eyebrows[] }>> = {
  neutral: { mouth: ['happy14', 'sad09'], eyebrows: ['variant02', 'variant03', 'variant12'] },
  happy: {
    mouth: ['happy01', 'happy02', 'happy03', 'happy05', 'happy06'],
    eyebrows: ['variant05', 'variant07', 'variant09'],
  },
  worried: { mouth: ['happy15', 'sad01'], eyebrows: ['variant01', 'variant11'] },
  annoyed: { mouth: ['sad05', 'sad06', 'sad07'], eyebrows: ['variant04', 'variant10', 'variant13'] },
  sad: { mouth: ['sad02', 'sad03', 'sad04'], eyebrows: ['variant06', 'variant11'] },
};

/** Open eyes only: a wink reads as a joke whatever the mood. */
const EYES: readonly Eyes[] = [
  'variant02',
  'variant04',
  'variant06',
  'variant08',
  'variant10',
  'variant12',
  'variant13',
  'variant14',
  'variant16',
  'variant20',
  'variant21',
  'variant23',
  'variant24',
];

const SKIN = ['f8d9c4', 'f1c9a5', 'e3b48b', 'c98e62', 'a8704a', '7d4f32'];
const HAIR = ['2b1d14', '4a3020', '6f4428', '9a6a3c', 'c9a46a', '1f1f24', '8e8a86', 'a34b2a'];
const BACKGROUND = ['d8e8f4', 'dcefe0', 'f6e9c8', 'f4dde2', 'e6e0f4', 'd6eeec'];

const cache = new Map<string, string>();

/** The options DiceBear gets for this person in this mood (exported for the tests). */
export function portraitOptions(castId: string, mood: Mood): LoreleiOptions {
  const features = MOOD_FEATURES[mood];
  return {
    seed: castId,
    size: 256,
    radius: 50,
    backgroundColor: [...BACKGROUND],
    eyes: [...EYES],
    mouth: [...features.mouth],
    eyebrows: [...features.eyebrows],
    skinColor: [...SKIN],
    hairColor: [...HAIR],
    // A cast member's gender is not in the manifest: no beard rather than a beard on Mme Leroy.
    beardProbability: 0,
    frecklesColor: ['b0705a'],
    hairAccessoriesColor: ['e07a8a'],
  };
}

/** An SVG data URI: the same cast id and mood always give the same picture. */
export function portraitDataUri(castId: string, mood: Mood): string {
  const key = `${castId}\u0000${mood}`;
  let uri = cache.get(key);
  if (uri === undefined) {
    uri = createAvatar(lorelei, portraitOptions(castId, mood)).toDataUri();
    cache.set(key, uri);
  }
  return uri;
}
