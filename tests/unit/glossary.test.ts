import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markTerms, parseGlossary, termsOfPrinciple } from '../../src/content/glossary.ts';
import { PRINCIPLES } from '../../src/engine/ids.ts';
import { ROOT } from '../stories/load.ts';

const glossary = parseGlossary(JSON.parse(readFileSync(join(ROOT, 'stories/glossary.json'), 'utf8')));

describe('the glossary', () => {
  it('holds the five terms the course defines, in French and English', () => {
    const ids = glossary.terms.map((t) => t.id);
    for (const id of ['reseau', 'partenaire', 'communication_ouverte', 'confiance_mutuelle', 'gestion_conflits']) {
      expect(ids).toContain(id);
    }
    expect(glossary.terms.find((t) => t.id === 'reseau')?.fr.definition).toBe(
      'Ensemble de relations professionnelles ou sociales qui connectent différents acteurs autour d’objectifs ou d’intérêts communs.',
    );
  });

  it('gives every principle at least one term to read', () => {
    for (const p of PRINCIPLES) expect(termsOfPrinciple(glossary, p).length, p).toBeGreaterThan(0);
  });

  it('writes French with its typography', () => {
    for (const t of glossary.terms) {
      for (const text of [t.fr.term, t.fr.definition, t.fr.source]) {
        expect(text, t.id).not.toMatch(/[^\u00a0][:;!?](\s|$)/u);
        expect(text, t.id).not.toMatch(/'/u);
      }
    }
  });

  it('refuses a term defined twice', () => {
    const first = glossary.terms[0];
    expect(() => parseGlossary({ terms: [first, first] })).toThrow(/defined twice/);
  });
});

describe('marking terms in a line', () => {
  const terms = glossary.terms;

  it('marks the first appearance of a term, whole words only, any letter case', () => {
    const segments = markTerms('La Médiation, puis une autre médiation. Médiations ?', terms, 'fr');
    expect(segments.filter((s) => s.term === 'mediation').map((s) => s.text)).toEqual(['Médiation']);
    expect(markTerms('Les réseaux sociaux', terms, 'fr').find((s) => s.term)?.text).toBe('réseaux');
    expect(markTerms('préseau', terms, 'fr').some((s) => s.term)).toBe(false);
  });

  it('prefers the longest form (secret professionnel partagé over secret partagé)', () => {
    const segments = markTerms('Le secret professionnel partagé s’applique.', terms, 'fr');
    expect(segments.find((s) => s.term === 'secret_partage')?.text).toBe('secret professionnel partagé');
  });

  it('never changes the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('fr' as const, 'en' as const), (text, locale) => {
        expect(
          markTerms(text, terms, locale)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
