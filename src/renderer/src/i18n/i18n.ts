/** Every UI string goes through i18next; English ships now, other languages fall back to it. */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'

export const rtlLanguages = new Set(['ar'])

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18next
