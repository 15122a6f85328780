/**
 * Export of the activity report in the format asked. The facilitator's edited
 * draft is used when there is one; with names left out, participants' names are
 * taken out of it, whatever was typed, and out of the file name and the PDF's title.
 * The preview marks, in that same text, every stretch the export will replace.
 */
import type { Language } from '@shared/model'
import type { NamesPreview } from '@shared/names-preview'
import { reportWords } from '@shared/report-words'
import type { Workshop } from '@shared/workshop'
import type { TimeZone } from '@shared/when'
import { composeText, noSources, type ReportSources } from './report-compose'
import { reportDocx } from './report-export'
import { markdownPdf } from '../pdf-writer/markdown-pdf'
import { fileSafeName } from '@shared/text'
import { exportedFile } from '../exported-file'
import { PLACEHOLDER, nameFinder, namesOut } from './names/redact'

const mimes = {
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const
type Format = keyof typeof mimes

const reportText = (w: Workshop, language: Language, timeZone: TimeZone, sources: ReportSources) =>
  w.report.draft.trim()
    ? w.report.draft
    : composeText(w, !w.report.excludeNames, reportWords[language], timeZone, sources)

const fileBase = (title: string) => `${fileSafeName(title, 'workshop')} - report`

export async function exportReport(
  w: Workshop,
  format: Format,
  language: Language = 'en',
  timeZone?: TimeZone,
  sources: ReportSources = noSources,
) {
  const out = namesOut(w)
  const markdown = out(reportText(w, language, timeZone, sources))
  const title = out(w.title)
  const bytes =
    format === 'md'
      ? Buffer.from(markdown, 'utf8')
      : format === 'docx'
        ? await reportDocx(markdown)
        : await markdownPdf(markdown, reportWords[language].title(title), language)
  return exportedFile(`${fileBase(title)}.${format}`, mimes[format], bytes)
}

export function previewNamesOut(
  w: Workshop,
  language: Language = 'en',
  timeZone?: TimeZone,
  sources: ReportSources = noSources,
): NamesPreview {
  const text = reportText(w, language, timeZone, sources)
  const find = w.report.excludeNames ? nameFinder(w.participants) : () => []
  return { text, replacements: find(text), placeholder: PLACEHOLDER, fileBase: fileBase(namesOut(w)(w.title)) }
}
