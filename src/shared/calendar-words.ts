/**
 * The words an exported calendar (.ics) carries in its descriptions, in the facilitator's
 * language. An event known only by its month or year is exported as one all-day event on
 * its first day; these sentences say what the date really is, so a calendar program does
 * not show a year-long block for "sometime in 2014".
 */
import type { Language } from './model'
import { formatMonth } from './when'

export interface CalendarWords {
  organiser(name: string): string
  source(text: string): string
  /** "Known to the month only: March 2015." ; a range of months or years is said as such. */
  precision(precision: 'month' | 'year', start: string, end: string): string
}

function span(precision: 'month' | 'year', start: string, end: string, language: Language): string {
  const one = (iso: string) => (precision === 'year' ? iso.slice(0, 4) : formatMonth(iso.slice(0, 7), language))
  const [first, last] = [one(start), one(end)]
  return first === last ? first : `${first} – ${last}`
}

export const calendarWords: Record<Language, CalendarWords> = {
  en: {
    organiser: (name) => `Organiser: ${name}`,
    source: (text) => `Source: ${text}`,
    precision: (p, start, end) =>
      `${p === 'year' ? 'Date known to the year only' : 'Date known to the month only'}: ${span(p, start, end, 'en')}. Shown on the first day.`,
  },
  fr: {
    organiser: (name) => `Organisateur : ${name}`,
    source: (text) => `Source : ${text}`,
    precision: (p, start, end) =>
      `${p === 'year' ? 'Date connue à l’année près' : 'Date connue au mois près'} : ${span(p, start, end, 'fr')}. Placé au premier jour.`,
  },
  ar: {
    organiser: (name) => `الجهة المنظمة: ${name}`,
    source: (text) => `المصدر: ${text}`,
    precision: (p, start, end) =>
      `${p === 'year' ? 'التاريخ معروف بالسنة فقط' : 'التاريخ معروف بالشهر فقط'}: ${span(p, start, end, 'ar')}. يظهر في اليوم الأول.`,
  },
}
