import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fingerprint } from '../../src/map/fingerprint.ts';
import type { Print } from '../../src/map/fingerprint.ts';

const read = (print: Fingerprint, values: readonly Print[]): boolean => {
  print.begin();
  for (const value of values) print.add(value);
  return print.end();
};

const value = fc.oneof(
  fc.constantFrom<Print>(null, undefined, true, false, 0, -0, Number.NaN, ''),
  fc.integer({ min: -3, max: 3 }),
  fc.string({ maxLength: 3 }),
);

describe('Fingerprint', () => {
  it('should say changed for the first reading, even of no values, and unchanged for the same again', () => {
    const print = new Fingerprint();
    expect(read(print, [])).toBe(true);
    expect(read(print, [])).toBe(false);
    const other = new Fingerprint();
    expect(read(other, ['a', 1])).toBe(true);
    expect(read(other, ['a', 1])).toBe(false);
  });

  it('should say changed exactly when a reading differs from the one before, value by value', () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 6 }), { minLength: 2, maxLength: 8 }), (readings) => {
        const print = new Fingerprint();
        read(print, readings[0] ?? []);
        for (let i = 1; i < readings.length; i++) {
          const before = readings[i - 1] ?? [];
          const now = readings[i] ?? [];
          const same = before.length === now.length && before.every((v, k) => Object.is(v, now[k]));
          expect(read(print, now)).toBe(!same);
        }
      }),
    );
  });

  it('should tell a longer or a shorter reading from its beginning', () => {
    const print = new Fingerprint();
    read(print, [1, 2, 3]);
    expect(read(print, [1, 2])).toBe(true);
    expect(read(print, [1, 2, 3])).toBe(true);
    expect(read(print, [1, 2, 3])).toBe(false);
  });

  it('should count the reading after reset as changed', () => {
    const print = new Fingerprint();
    read(print, ['x']);
    print.reset();
    expect(read(print, ['x'])).toBe(true);
    expect(read(print, ['x'])).toBe(false);
  });
});
