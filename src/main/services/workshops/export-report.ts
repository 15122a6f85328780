/**
 * Export of the activity report in the format asked. The facilitator's edited
 * draft is used when there is one; with names excluded, participants' names are
 * taken out of it as well, whatever was typed.
 */
import type { Language } from '@shared/model'
import { reportWords } from '@shared/report-words'
import type { Workshop } from '@shared/workshop'
import { composeReport, redactNames } from './report-compose'
import { reportDocx, reportPdf } from './report-export'
import { fileSafeName } from '@shared/text'
import { exportedFile } from '../exported-file'

const mimes = {
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const

export async function exportReport(w: Workshop, format: keyof typeof mimes, language: Language = 'en') {
  const draft = w.report.draft.trim() ? w.report.draft : composeReport(w, !w.report.excludeNames, language)
  const markdown = w.report.excludeNames ? redactNames(draft, w) : draft
  const bytes =
    format === 'md'
      ? Buffer.from(markdown, 'utf8')
      : format === 'docx'
        ? await reportDocx(markdown)
        : await reportPdf(markdown, reportWords[language].title(w.title))
  return exportedFile(`${fileSafeName(w.title, 'workshop')} - report.${format}`, mimes[format], bytes)
}
