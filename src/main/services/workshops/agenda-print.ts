/**
 * Printable agenda (for participants), facilitator run sheet and one day's sheet, as
 * PDF. All are laid out from Markdown by the same PDF writer as the report, each day
 * under its date. A day's sheet is one A4 page: its type shrinks until it fits. With
 * names left out ("every export"), a participant named in a block title, the
 * objectives or the workshop's title is taken out of them too.
 */
import { datesLine, dayTitle, planAgenda, type AgendaDay } from '@shared/agenda'
import type { Language, Resource } from '@shared/model'
import { printWords, type PrintWords } from '@shared/print-words'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Workshop } from '@shared/workshop'
import { formatClock } from '@shared/when'
import { markdownPdf, markdownPdfPages } from '../pdf-writer/markdown-pdf'
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
  const where = [datesLine(w, words), w.venue].filter(Boolean)
  if (where.length) lines.push(where.join(', '), '')
  if (!runSheet && w.objectives) lines.push(w.objectives, '')
  for (const day of planAgenda(w)) lines.push(...dayLines(day, titles, runSheet, words))
  return lines.join('\n')
}

function dayLines(day: AgendaDay, titles: Map<string, string>, runSheet: boolean, words: PrintWords): string[] {
  const lines = [`## ${dayTitle(words.day(day.day), day.date, words.locale)}`, '']
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
  return lines
}

/** One day of the agenda, as participants see it: the workshop, the venue, the day under its date. */
export function dayMarkdown(w: Workshop, day: number, language: Language = 'en'): string {
  const words = printWords[language]
  const planned = planAgenda(w).find((d) => d.day === day)
  if (!planned) throw new ServiceError('not-found', userMessage('day-gone', { day }))
  return [`# ${w.title}`, '', ...(w.venue ? [w.venue, ''] : []), ...dayLines(planned, new Map(), false, words)].join(
    '\n',
  )
}

/** The largest type (up to a third larger than the agenda's) at which the day fits one page. */
const dayScales = [1.35, 1.2, 1, 0.85, 0.72, 0.6, 0.5]

async function onePage(markdown: string, title: string, language: Language): Promise<Buffer> {
  let last: Buffer | null = null
  for (const scale of dayScales) {
    const { bytes, pages } = await markdownPdfPages(markdown, title, language, scale)
    if (pages === 1) return bytes
    last = bytes
  }
  return last!
}

export async function printAgenda(
  w: Workshop,
  resources: Resource[],
  runSheet: boolean,
  language: Language = 'en',
  day?: number,
) {
  const words = printWords[language]
  const what = day ? words.day(day) : runSheet ? words.runSheetShort : words.agenda
  const out = namesOut(w)
  const title = out(w.title)
  const bytes = day
    ? await onePage(out(dayMarkdown(w, day, language)), `${title}: ${what}`, language)
    : await markdownPdf(out(agendaMarkdown(w, resources, runSheet, language)), `${title}: ${what}`, language)
  return exportedFile(`${fileSafeName(title, 'workshop')} - ${what}.pdf`, PDF_MIME, bytes)
}
