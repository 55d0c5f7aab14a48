// A fixed view of a busy territory (nine partners, bonds, markers), for screenshots and the benchmark.
import type { WorldView } from '../../../src/scenes/world.ts';

export function demoView(overrides: Partial<WorldView> = {}): WorldView {
  return {
    mode: 'play',
    scene: 'territory',
    partners: [
      { id: 'france_travail', name: 'France Travail Valmoran (M. Thomas Nguyen)', sector: 'emploi', trust: 64, known: true, startTrust: 50 },
      { id: 'mission_locale', name: 'Mission locale du Val de Moran (Mme Sophie Lambert)', sector: 'emploi', trust: 48, known: true, startTrust: 50 },
      { id: 'jardins', name: 'Les Jardins de Valmoran (M. Bruno Vidal)', sector: 'emploi', trust: 71, known: true, startTrust: 50 },
      { id: 'cfp_cuisine', name: 'Les Toques de Valmoran (Mme Hélène Leroy)', sector: 'formation', trust: 35, known: true, startTrust: 45 },
      { id: 'ccas', name: 'CCAS de Valmoran (Mme Martine Caron)', sector: 'social', trust: 82, known: true, startTrust: 55 },
      { id: 'habitat', name: 'Habitat Jeunes (M. Paul Girard)', sector: 'logement', trust: 22, known: true, startTrust: 40 },
      { id: 'rpe', name: 'Relais petite enfance (Mme Awa Diallo)', sector: 'garde_enfants', trust: 55, known: true, startTrust: 50 },
      { id: 'langues', name: 'Atelier de langues (Mme Olga Petrova)', sector: 'langue', trust: 50, known: true, startTrust: 50 },
      { id: 'mobilite', name: 'Plateforme mobilité (M. Yanis Belkacem)', sector: 'mobilite', trust: 60, known: false, startTrust: 50 },
      { id: 'tremplin', name: 'Tremplin Stages (M. Julien Roux)', sector: 'entreprise', trust: 44, known: true, startTrust: 50 },
    ],
    bonds: [
      { a: 'france_travail', b: 'mission_locale', value: 28 },
      { a: 'ccas', b: 'habitat', value: 66 },
      { a: 'cfp_cuisine', b: 'jardins', value: 58 },
    ],
    markers: [
      { choiceIndex: 0, place: 'ccas', text: 'Appeler le CCAS pour préparer le dossier de Mme Dumas' },
      { choiceIndex: 2, place: 'mobilite', text: 'Découvrir la plateforme mobilité' },
    ],
    speaker: { id: 'ccas', mood: 'happy' },
    centreLabel: 'Relais Insertion',
    reducedMotion: false,
    highContrast: false,
    labels: { trust: 'confiance', bond: 'lien' },
    ...overrides,
  };
}
