// The hand-in code’s length and its QR code, as the README states them: a typical code (Mme Dumas,
// best playthrough, a first name and a session code) and the longest the campaign can give (more
// choices than any playthrough of it, a 40-character first name full of accents, a 40-character
// session code); both fit a QR code a phone reads from a projected screen, and read back exactly.
import { encodeQR } from 'qr';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { compactCode, decodeHandin, encodeHandin } from '../../../src/trainer/handin-code.ts';
import type { Handin } from '../../../src/trainer/handin-code.ts';
import { HANDIN_QR_ECC, handinSymbol } from '../../../src/trainer/qr.ts';
import { pathOf, story } from '../../stories/load.ts';

/** The symbol drawn in RGBA, `scale` pixels per module, as a camera frame would hold it. */
function raster(text: string, scale = 4): { width: number; height: number; data: Uint8ClampedArray } {
  const modules = encodeQR(text, 'raw', { ecc: HANDIN_QR_ECC, border: 4 });
  const size = modules.length * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const i = ((y * scale + dy) * size + x * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    });
  });
  return { width: size, height: size, data };
}

const FULL_RATING = {
  reseau: 'maitrise',
  communication: 'en_cours',
  confiance: 'acquis',
  numerique: 'non_acquis',
  conflits: 'maitrise',
  evaluation: 'acquis',
  equipe: 'en_cours',
  ethique: 'maitrise',
} as const;

describe('the hand-in code and its QR code', () => {
  it('is short for a typical playthrough: Mme Dumas, a good path, a first name and a session code', () => {
    const dumas = story('stories/dumas');
    const handin: Handin = {
      record: {
        scenario: 'dumas',
        storyHash: dumas.storyHash,
        seed: 3_141_592_653,
        locale: 'fr',
        choices: pathOf('stories/dumas', 1),
      },
      firstName: 'Amélie',
      sessionCode: 'BTS-CIP-2026-A',
      selfRating: { reseau: 'acquis', communication: 'en_cours', confiance: 'acquis', ethique: 'maitrise' },
    };
    const code = encodeHandin(handin);
    expect(code.length).toBeLessThanOrEqual(120);
    expect(handinSymbol(compactCode(code)).version).toBeLessThanOrEqual(5);
  });

  it('fits a version 10 QR code at its longest: the campaign, 100 choices, 40-character names', () => {
    // More choices than any playthrough of the campaign (the longest found has 64), the widest index.
    const choices = Array.from({ length: 100 }, (_, i) => i % 8);
    const firstName = 'Éléonore-Héloïse Marie-Thérèse de Crèvecœ'.slice(0, 40);
    expect(Array.from(new Intl.Segmenter().segment(firstName))).toHaveLength(40);
    const handin: Handin = {
      // (the hash's value does not change the code's length)
      record: { scenario: 'saison', storyHash: 'fedcba9876543210', seed: 2 ** 32 - 1, locale: 'fr', choices },
      firstName,
      sessionCode: 'FORMATION-CIP-LYON-2026-GROUPE-B-MATIN-1'.slice(0, 40),
      selfRating: FULL_RATING,
    };
    const code = encodeHandin(handin);
    expect(code.length).toBeLessThanOrEqual(320);
    const symbol = handinSymbol(compactCode(code));
    expect(symbol.version).toBeLessThanOrEqual(10);
    expect(symbol.size).toBe(17 + 4 * symbol.version);
  });

  it('reads back from its QR code exactly, through the decoder the camera uses', () => {
    const handin: Handin = {
      record: {
        scenario: 'saison',
        storyHash: '0123456789abcdef',
        seed: 77,
        locale: 'en',
        choices: [0, 2, 1, 4, 3, 0, 1],
      },
      firstName: '<b>Zoé</b>',
      sessionCode: 'BTS-A',
      selfRating: FULL_RATING,
    };
    const compact = compactCode(encodeHandin(handin));
    const read = decodeQR(raster(compact));
    expect(read).toBe(compact);
    expect(decodeHandin(read)).toEqual({ ok: true, value: handin });
  });
});
