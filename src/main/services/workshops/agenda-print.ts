/**
 * Printable agenda (for participants) and facilitator run sheet, as PDF. Both
 * are laid out from Markdown by the same pdfkit writer as the report.
 */
import { planAgenda, toClock } from '@shared/agenda'
import type { Resource } from '@shared/model'
import type { Workshop } from '@shared/workshop'
import { reportPdf } from './report-export'
import { fileSafeName } from '@shared/text'
import { PDF_MIME, exportedFile } from '../exported-file'

const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/') || ' ').join(' | ')} |`
const kindLabel = (k: string) => k.charAt(0).toUpperCase() + k.slice(1)

export function agendaMarkdown(w: Workshop, resources: Resource[], runSheet: boolean): string {
  const titles = new Map(resources.map((r) => [r.id, r.title]))
  const lines = [`# ${w.title}: ${runSheet ? 'facilitator run sheet' : 'agenda'}`, '']
  const where = [w.startDate && w.endDate ? `${w.startDate} to ${w.endDate}` : w.startDate, w.venue].filter(Boolean)
  if (where.length) lines.push(where.join(', '), '')
  if (!runSheet && w.objectives) lines.push(w.objectives, '')
  for (const day of planAgenda(w)) {
    lines.push(`## Day ${day.day}`, '')
    const head = runSheet
      ? ['Time', 'Block', 'Kind', 'Minutes', 'Facilitators', 'Materials', 'Actual start']
      : ['Time', 'Session', 'Minutes']
    lines.push(row(head), row(head.map(() => '---')))
    for (const b of day.blocks) {
      const time = `${toClock(b.plannedStart)}–${toClock(b.plannedEnd)}`
      if (!runSheet) {
        lines.push(row([time, b.title || kindLabel(b.kind), String(b.minutes)]))
        continue
      }
      const materials = b.links
        .map((l) => `${titles.get(l.resourceId) ?? '?'}${l.page ? ` p. ${l.page}` : ''}`)
        .join('; ')
      const who = b.facilitators.map((f) => `${f.name} (${f.sector})`).join(', ')
      lines.push(row([time, b.title, kindLabel(b.kind), String(b.minutes), who, materials, '____']))
    }
    lines.push('', `Day total: ${Math.floor(day.totalMinutes / 60)} h ${day.totalMinutes % 60} min.`, '')
  }
  return lines.join('\n')
}

export async function printAgenda(w: Workshop, resources: Resource[], runSheet: boolean) {
  const markdown = agendaMarkdown(w, resources, runSheet)
  const title = `${w.title}: ${runSheet ? 'run sheet' : 'agenda'}`
  const bytes = await reportPdf(markdown, title)
  const name = `${fileSafeName(w.title, 'workshop')} - ${runSheet ? 'run sheet' : 'agenda'}.pdf`
  return exportedFile(name, PDF_MIME, bytes)
}
