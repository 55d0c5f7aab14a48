// i18next with every UI string of the game (story text comes from the scenarios, not from here).
import i18next from 'i18next';
import type { Locale } from '../engine/ids.ts';
import { en, fr } from './locales/index.ts';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
  }
}

export const i18n = i18next.createInstance();

export function initI18n(locale: Locale): void {
  void i18n.init({
    resources,
    lng: locale,
    fallbackLng: 'fr',
    initAsync: false,
    // Everything goes into the DOM with textContent: nothing to escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export const t = i18n.t.bind(i18n);

export async function setLanguage(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
}
