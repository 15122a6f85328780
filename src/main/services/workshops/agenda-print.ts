/**
 * Printable agenda (for participants) and facilitator run sheet, as PDF. Both
 * are laid out from Markdown by the same PDF writer as the report. With names
 * left out ("every export"), a participant named in a block title, the objectives
 * or the workshop's title is taken out of them too.
 */
import { planAgenda } from '@shared/agenda'
import type { Language, Resource } from '@shared/model'
import { printWords } from '@shared/print-words'
import type { Workshop } from '@shared/workshop'
import { formatClock, formatDay } from '@shared/when'
import { markdownPdf } from '../pdf-writer/markdown-pdf'
import { fileSafeName } from '@shared/text'
import { PDF_MIME, exportedFile } from '../exported-file'
import { namesOut } from './names/redact'

const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/') || ' ').join(' | ')} |`

export function agendaMarkdown(
  w: Workshop,
  resources: Resource[],
  runSheet: boolean,
  language: Language = 'en',
): string {
  const words = printWords[language]
  const titles = new Map(resources.map((r) => [r.id, r.title]))
  const lines = [`# ${w.title}: ${runSheet ? words.runSheet : words.agenda}`, '']
  const day = (ymd: string) => formatDay(ymd, words.locale)
  const dates =
    w.startDate && w.endDate ? words.dateRange(day(w.startDate), day(w.endDate)) : w.startDate && day(w.startDate)
  const where = [dates, w.venue].filter(Boolean)
  if (where.length) lines.push(where.join(', '), '')
  if (!runSheet && w.objectives) lines.push(w.objectives, '')
  for (const day of planAgenda(w)) {
    lines.push(`## ${words.day(day.day)}`, '')
    const head: string[] = runSheet ? words.runSheetColumns : words.agendaColumns
    lines.push(row(head), row(head.map(() => '---')))
    for (const b of day.blocks) {
      const time = `${formatClock(b.plannedStart, words.locale)}–${formatClock(b.plannedEnd, words.locale)}`
      if (!runSheet) {
        lines.push(row([time, b.title || words.blockKind[b.kind], String(b.minutes)]))
        continue
      }
      const materials = b.links
        .map((l) => `${titles.get(l.resourceId) ?? '?'}${l.page ? ` p. ${l.page}` : ''}`)
        .join('; ')
      const who = b.facilitators.map((f) => `${f.name} (${words.sector[f.sector]})`).join(', ')
      lines.push(row([time, b.title, words.blockKind[b.kind], String(b.minutes), who, materials, '____']))
    }
    lines.push('', words.dayTotal(Math.floor(day.totalMinutes / 60), day.totalMinutes % 60), '')
  }
  return lines.join('\n')
}

export async function printAgenda(w: Workshop, resources: Resource[], runSheet: boolean, language: Language = 'en') {
  const words = printWords[language]
  const what = runSheet ? words.runSheetShort : words.agenda
  const out = namesOut(w)
  const title = out(w.title)
  const bytes = await markdownPdf(out(agendaMarkdown(w, resources, runSheet, language)), `${title}: ${what}`, language)
  return exportedFile(`${fileSafeName(title, 'workshop')} - ${what}.pdf`, PDF_MIME, bytes)
}
