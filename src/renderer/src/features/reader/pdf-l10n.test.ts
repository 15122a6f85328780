import { describe, expect, it } from 'vitest'
import i18n from '../../i18n/i18n'
import { messagesFor } from './pdf-l10n'

describe('pdf.js labels from the app’s languages', () => {
  it.each(['en', 'fr', 'ar'])('page landmarks and note icons in %s read as i18next would format them', async (lng) => {
    await i18n.changeLanguage(lng)
    const messages = messagesFor(i18n)
    for (const page of [1, 7, 1321])
      expect(messages['pdfjs-page-landmark'].format({ page })).toBe(i18n.t('reader.pdfjs.pageLandmark', { page }))
    expect(messages['pdfjs-text-annotation-type'].format({ type: 'Note' })).toBe(
      i18n.t('reader.pdfjs.annotationIcon', { type: 'Note' }),
    )
  })

  it('says the page number in the language chosen', async () => {
    await i18n.changeLanguage('ar')
    expect(messagesFor(i18n)['pdfjs-page-landmark'].format({ page: 12 })).toBe('الصفحة 12')
    await i18n.changeLanguage('fr')
    expect(messagesFor(i18n)['pdfjs-page-landmark'].format({ page: 12 })).toBe('Page 12')
  })

  it('gives a popup’s date in the language’s own format', async () => {
    await i18n.changeLanguage('fr')
    const text = messagesFor(i18n)['pdfjs-annotation-date-time-string'].format({
      dateObj: Date.UTC(2026, 10, 24, 9, 30),
    })
    expect(text).toMatch(/24\/11\/2026/)
  })
})
