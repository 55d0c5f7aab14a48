import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, PRINCIPLES } from '../../../src/engine/ids.ts';
import { LEVELS } from '../../../src/engine/principles.ts';
import {
  CODE_PREFIX,
  compactCode,
  decodeHandin,
  decodeSaveCode,
  encodeHandin,
  encodeSaveCode,
  fromBase32,
  toBase32,
} from '../../../src/trainer/handin-code.ts';
import type { Handin } from '../../../src/trainer/handin-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const handinArb: fc.Arbitrary<Handin> = fc.record({
  record: fc.record({
    scenario: fc.stringMatching(/^[a-z0-9_]{1,12}$/),
    storyHash: fc.stringMatching(/^[0-9a-f]{16}$/),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    locale: fc.constantFrom(...LOCALES),
    choices: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 90 }),
  }),
  firstName: fc.string({ maxLength: 60 }),
  sessionCode: fc.string({ maxLength: 40 }),
  selfRating: fc.dictionary(fc.constantFrom(...PRINCIPLES), fc.constantFrom(...LEVELS)),
});

describe('base 32', () => {
  it('reads back every byte string it writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase32(toBase32(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses a length no whole number of bytes gives, and non-zero padding', () => {
    expect(fromBase32('0')).toBeNull(); // 5 bits: not a whole byte, not an empty string either
    expect(fromBase32('00')).toEqual(new Uint8Array([0])); // 10 bits = 1 byte + 2 zero bits
    expect(fromBase32('01')).toBeNull(); // the same length with a padding bit set
  });
});

describe('the hand-in code', () => {
  it('decodes exactly what was encoded (any record, names, ratings)', () => {
    fc.assert(
      fc.property(handinArb, (handin) => {
        const code = encodeHandin(handin);
        expect(code.startsWith(`${CODE_PREFIX}-`)).toBe(true);
        expect(decodeHandin(code)).toEqual({ ok: true, value: handin });
        // Case, spaces and grouping do not matter: the QR code holds the compact form.
        expect(decodeHandin(compactCode(code).toLowerCase())).toEqual({ ok: true, value: handin });
      }),
      { numRuns: 300 },
    );
  });

  it('catches any single character changed, added or left out', () => {
    fc.assert(
      fc.property(
        handinArb,
        fc.nat(),
        fc.constantFrom(...Array.from(ALPHABET)),
        fc.constantFrom('change', 'insert', 'delete'),
        (handin, at, ch, edit) => {
          const symbols = compactCode(encodeHandin(handin)).slice(CODE_PREFIX.length);
          const i = at % symbols.length;
          if (edit === 'change' && symbols[i] === ch) return; // not a change
          const edited =
            edit === 'change'
              ? symbols.slice(0, i) + ch + symbols.slice(i + 1)
              : edit === 'insert'
                ? symbols.slice(0, i) + ch + symbols.slice(i)
                : symbols.slice(0, i) + symbols.slice(i + 1);
          const decoded = decodeHandin(CODE_PREFIX + edited);
          expect(decoded.ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names what is wrong with text that is not a code', () => {
    expect(decodeHandin('hello')).toMatchObject({ ok: false, reason: 'not-a-code' });
    expect(decodeHandin(`${CODE_PREFIX}-ABCDI`)).toMatchObject({ ok: false, reason: 'bad-character' });
    expect(decodeHandin(`${CODE_PREFIX}-ABCDE-FGHJK`)).toMatchObject({ ok: false, reason: 'bad-checksum' });
  });

  it('tells a save code from a hand-in code', () => {
    const handin: Handin = {
      record: { scenario: 'dumas', storyHash: '0123456789abcdef', seed: 7, locale: 'fr', choices: [0, 1, 2] },
      firstName: 'Zoé',
      sessionCode: 'BTS-A',
      selfRating: { ethique: 'acquis' },
    };
    const save = encodeSaveCode({ ...handin, steps: 3, reflection: 'Demander avant.' });
    expect(decodeSaveCode(save)).toEqual({ ok: true, value: { ...handin, steps: 3, reflection: 'Demander avant.' } });
    expect(decodeHandin(save)).toMatchObject({ ok: false, reason: 'bad-content' });
    expect(decodeSaveCode(encodeHandin(handin))).toMatchObject({ ok: false, reason: 'bad-content' });
  });

  it('refuses to encode what it could not read back', () => {
    const base: Handin = {
      record: { scenario: 'dumas', storyHash: '0123456789abcdef', seed: 7, locale: 'fr', choices: [] },
      firstName: '',
      sessionCode: '',
      selfRating: {},
    };
    expect(() => encodeHandin({ ...base, record: { ...base.record, seed: -1 } })).toThrow(RangeError);
    expect(() => encodeHandin({ ...base, record: { ...base.record, storyHash: 'xyz' } })).toThrow(RangeError);
    expect(() => encodeHandin({ ...base, record: { ...base.record, choices: [256] } })).toThrow(RangeError);
  });
});
