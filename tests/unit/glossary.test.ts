import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alphabetical,
  markLine,
  markTerms,
  parseGlossary,
  termsOfPrinciple,
  termsShown,
} from '../../src/content/glossary.ts';
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

  it('holds the course’s other named notions: working in a network, teamwork, network dynamics, third-party mediation, re-allocation', () => {
    const ids = glossary.terms.map((t) => t.id);
    for (const id of ['travail_en_reseau', 'travail_equipe', 'dynamiques_reseau', 'reallocation'])
      expect(ids).toContain(id);
    expect(glossary.terms.find((t) => t.id === 'mediation')?.fr.forms).toContain('médiation de tiers');
  });

  it('lists the terms in the alphabetical order of each language', () => {
    const fr = alphabetical(glossary, 'fr').map((t) => t.fr.term);
    const en = alphabetical(glossary, 'en').map((t) => t.en.term);
    expect(fr.slice(0, 3)).toEqual(['Anonymisation', 'Audit des partenariats', 'Canal commun']);
    expect(fr.indexOf('Réallocation des ressources ou des responsabilités')).toBeLessThan(fr.indexOf('Réseau'));
    expect(en.slice(0, 3)).toEqual(['Anonymisation', 'CEJ (youth commitment contract)', 'Chantier d’insertion (CDDI)']);
    expect(en).not.toEqual(fr);
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

describe('marking a line of the dialogue', () => {
  const none = new Set<string>();

  it('marks each term at its first appearance in the playthrough only', () => {
    const first = markLine('Le réseau des partenaires.', [], none, glossary, 'fr');
    expect(first.segments.filter((s) => s.term).map((s) => s.term)).toEqual(['reseau', 'partenaire']);
    const seen = new Set(termsShown(first));
    const second = markLine('Un autre réseau, un autre partenaire.', [], seen, glossary, 'fr');
    expect(second.segments).toEqual([{ text: 'Un autre réseau, un autre partenaire.' }]);
  });

  it('marks a term the line’s term: tag names, even when it was marked before', () => {
    const line = markLine('Une médiation, enfin.', ['mediation'], new Set(['mediation']), glossary, 'fr');
    expect(line.segments).toEqual([{ text: 'Une ' }, { text: 'médiation', term: 'mediation' }, { text: ', enfin.' }]);
    expect(line.unplaced).toEqual([]);
  });

  it('gives back a tagged term whose words the line does not hold, to show beside it', () => {
    const line = markLine('Vous proposez un tiers.', ['mediation', 'mediation', 'inconnu'], none, glossary, 'fr');
    expect(line.unplaced).toEqual(['mediation']);
    expect(termsShown(line)).toEqual(['mediation']);
  });

  it('marks the longer term, and a seen term keeps its words from a shorter one', () => {
    const line = markLine('Le travail en réseau commence.', [], none, glossary, 'fr');
    expect(line.segments.find((s) => s.term)).toEqual({ text: 'travail en réseau', term: 'travail_en_reseau' });
    const later = markLine('Le travail en réseau, encore.', [], new Set(['travail_en_reseau']), glossary, 'fr');
    expect(later.segments.some((s) => s.term === 'reseau')).toBe(false);
  });

  it('marks English forms in English', () => {
    const line = markLine('Ask for third-party mediation.', [], none, glossary, 'en');
    expect(line.segments.find((s) => s.term)).toEqual({ text: 'third-party mediation', term: 'mediation' });
  });

  it('does not take « d’accord » for consent', () => {
    expect(markLine('D’accord, je vous rappelle.', [], none, glossary, 'fr').segments).toHaveLength(1);
  });

  it('never changes the text, and marks nothing twice in a line', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('réseau ', 'médiation ', 'partenaire ', 'canal commun ', 'x ', ', ', 'travail en réseau '),
        ),
        fc.subarray(glossary.terms.map((t) => t.id)),
        fc.subarray(glossary.terms.map((t) => t.id)),
        (words, tagged, seen) => {
          const text = words.join('');
          const line = markLine(text, tagged, new Set(seen), glossary, 'fr');
          expect(line.segments.map((s) => s.text).join('')).toBe(text);
          const marked = line.segments.flatMap((s) => (s.term ? [s.term] : []));
          expect(new Set(marked).size).toBe(marked.length);
          for (const id of marked) expect(tagged.includes(id) || !seen.includes(id)).toBe(true);
        },
      ),
    );
  });
});
