/**
 * The PDFs the app writes (report, agenda, run sheets, role cards, glossary handout) use
 * pdfkit's standard fonts, which draw the Windows-1252 characters only: Latin scripts and
 * common punctuation. Anything else, Arabic above all (pdfkit cannot lay text out right
 * to left either), came out as garbage; now the export names the first character it
 * cannot show and points to the formats that show every language.
 */
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

export function firstUnprintable(text: string): string | null {
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x20 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) continue
    if (!WIN_ANSI_EXTRAS.has(ch)) return ch
  }
  return null
}

export function assertPrintable(...texts: string[]): void {
  for (const text of texts) {
    const char = firstUnprintable(text)
    if (char) throw new ServiceError('invalid-input', userMessage('pdf-cannot-show', { char }))
  }
}
