import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../format/format';
import en from './messages/en.json';
import id from './messages/id.json';

export const LANGUAGES: Language[] = ['id', 'en'];
const STORAGE_KEY = 'sinergi.language';

function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'id';
}

/** Bahasa Indonesia unless the user chose English on this device. */
export async function setUpI18n() {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: savedLanguage(),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function switchLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
