import { describe, expect, it } from 'vitest';
import { MOODS } from '../../src/engine/ids.ts';
import { MOOD_FEATURES, portraitDataUri, portraitOptions } from '../../src/map/portraits.ts';

function svgOf(uri: string): string {
  expect(uri.startsWith('data:image/svg+xml;utf8,')).toBe(true);
  return decodeURIComponent(uri.slice('data:image/svg+xml;utf8,'.length));
}

describe('portraitDataUri', () => {
  it('should give the same picture for the same cast id and mood', () => {
    expect(portraitDataUri('dumas', 'happy')).toBe(portraitDataUri('dumas', 'happy'));
  });

  it('should give different people different faces', () => {
    expect(portraitDataUri('dumas', 'neutral')).not.toBe(portraitDataUri('sam', 'neutral'));
  });

  it('should change the expression with the mood, and only the expression', () => {
    const faces = MOODS.map((m) => svgOf(portraitDataUri('ccas', m)));
    expect(new Set(faces).size).toBe(MOODS.length);
    // Same hair, skin and background: the first part of each picture (the hair group) is identical.
    const hair = (svg: string): string => svg.slice(0, svg.indexOf('</g>'));
    for (const face of faces) expect(hair(face)).toBe(hair(faces[0] ?? ''));
  });

  it('should be a square SVG that an image or a canvas can size', () => {
    const svg = svgOf(portraitDataUri('karim', 'sad'));
    expect(svg).toMatch(/^<svg [^>]*width="256"[^>]*height="256"/u);
  });

  it('should keep mood features apart: no mouth serves two moods', () => {
    const seen = new Map<string, string>();
    for (const mood of MOODS) {
      for (const mouth of MOOD_FEATURES[mood].mouth) {
        expect(seen.get(mouth), `${mouth} in ${mood}`).toBeUndefined();
        seen.set(mouth, mood);
      }
      expect(portraitOptions('x', mood).mouth).toEqual([...MOOD_FEATURES[mood].mouth]);
    }
  });

  it('should never draw a beard (the manifest says nothing of a person’s gender)', () => {
    expect(portraitOptions('cfp_cuisine', 'neutral').beardProbability).toBe(0);
  });
});
