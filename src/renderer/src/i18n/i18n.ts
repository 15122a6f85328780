/** Every UI string goes through i18next, in English, French or Arabic (right to left); a missing string falls back to English. */
import i18next from 'i18next'
import type { UserMessage } from '@shared/user-message'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import fr from './locales/fr.json'
import ar from './locales/ar.json'
import messagesFr from './locales/messages.fr.json'
import messagesAr from './locales/messages.ar.json'

void i18next.use(initReactI18next).init({
  // `messages`: what the main side says (shared/user-message.ts holds the English and the ids)
  resources: {
    en: { translation: en },
    fr: { translation: fr, messages: messagesFr },
    ar: { translation: ar, messages: messagesAr },
  },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18next

/** A message from the main side in the facilitator's language, or its English where there is no translation. */
export function say(message: UserMessage): string {
  return i18next.t(message.id, { ns: 'messages', ...message.values, defaultValue: message.text })
}
