import { describe, expect, it } from 'vitest';
import { en, fr } from '../../src/i18n/locales/index.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const frLeaves = leaves(fr);
const enLeaves = leaves(en);
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the locale files', () => {
  it('have the same keys in French and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of frLeaves) {
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('leave no string empty', () => {
    for (const [key, value] of [...frLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('write French with a no-break space before : ; ! ? and inside « »', () => {
    for (const [key, value] of frLeaves) {
      expect(value, key).not.toMatch(/[^\u00a0\s][:;!?](\s|$)/u);
      expect(value, key).not.toMatch(/ [:;!?]/u);
      expect(value, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»/u);
      expect(value, key).not.toMatch(/'/u);
    }
  });

  it('write English without French spacing or guillemets', () => {
    for (const [key, value] of enLeaves) {
      expect(value, key).not.toMatch(/[\u00a0 ][:;!?]/u);
      expect(value, key).not.toMatch(/[«»]/u);
    }
  });
});
