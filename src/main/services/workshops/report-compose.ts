/**
 * The activity report draft, composed from what the workshop already holds:
 * executive summary, background and objectives, who took part (by sector and
 * gender; names only when the facilitator chooses), the agenda planned against
 * actual, key points and quotes per block, actions and recommendations.
 */
import { actualMinutes, balance, planAgenda, toClock } from '@shared/agenda'
import type { Workshop } from '@shared/workshop'
import { escapeRegExp, idLabel } from '@shared/text'

const clockOf = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(11, 16) : '—')
const minutes = (n: number | null) => (n === null ? '—' : `${n} min`)
const tableRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`

function participantsSection(w: Workshop, withNames: boolean): string[] {
  const lines = ['## Participants', '']
  const people = w.participants
  lines.push(`${people.length} participants.`, '')
  const bySector = balance(people.map((p) => p.sector))
  const byGender = balance(people.map((p) => p.gender))
  lines.push(
    'By sector: ' +
      (Object.entries(bySector)
        .map(([k, v]) => `${idLabel(k)} ${v}`)
        .join(', ') || 'none recorded') +
      '.',
  )
  lines.push(
    '',
    'By gender: ' +
      (Object.entries(byGender)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none recorded') +
      '.',
    '',
  )
  if (withNames) {
    for (const p of people.filter((x) => x.consent)) lines.push(`- ${p.name}, ${p.organisation} (${idLabel(p.sector)})`)
    if (people.some((p) => !p.consent))
      lines.push(`- and ${people.filter((p) => !p.consent).length} more who asked not to be named`)
    lines.push('')
  }
  return lines
}

function agendaSection(w: Workshop): string[] {
  const lines = ['## Agenda: planned and actual', '']
  for (const day of planAgenda(w)) {
    lines.push(`### Day ${day.day}`, '')
    lines.push(tableRow(['Planned', 'Block', 'Planned time', 'Actual start', 'Actual time', 'Difference']))
    lines.push(tableRow(['---', '---', '---', '---', '---', '---']))
    for (const b of day.blocks) {
      const actual = actualMinutes(b)
      const diff = actual === null ? '—' : `${actual - b.minutes > 0 ? '+' : ''}${actual - b.minutes} min`
      lines.push(
        tableRow([toClock(b.plannedStart), b.title, minutes(b.minutes), clockOf(b.actualStart), minutes(actual), diff]),
      )
    }
    lines.push('')
  }
  return lines
}

function scenarioSection(w: Workshop): string[] {
  const blocks = w.agenda.filter((b) => b.kind === 'scenario' && b.actualStart)
  if (!blocks.length) return []
  const lines = ['## Scenario outcomes', '']
  for (const b of blocks) {
    const outcomes = w.notes.filter((n) => n.blockId === b.id && (n.kind === 'decision' || n.kind === 'observation'))
    lines.push(
      `### ${b.title}`,
      '',
      ...(outcomes.length ? outcomes.map((n) => `- ${n.text}`) : ['_No outcome noted._']),
      '',
    )
  }
  return lines
}

function notesSection(w: Workshop): string[] {
  const lines = ['## Key points and quotes', '']
  for (const b of w.agenda) {
    const notes = w.notes.filter((n) => n.blockId === b.id && n.kind !== 'action')
    if (!notes.length) continue
    lines.push(`### ${b.title}`, '')
    for (const n of notes) lines.push(n.kind === 'quote' ? `- “${n.text}”` : `- ${idLabel(n.kind)}: ${n.text}`)
    lines.push('')
  }
  const loose = w.notes.filter((n) => !n.blockId && n.kind !== 'action')
  if (loose.length) lines.push('### Other notes', '', ...loose.map((n) => `- ${idLabel(n.kind)}: ${n.text}`), '')
  return lines
}

/** With names excluded, participants' names are also taken out of notes and edited text. */
export function redactNames(text: string, w: Pick<Workshop, 'participants'>): string {
  const names = w.participants.map((p) => p.name.trim()).filter((n) => n.length >= 2)
  return names.reduce(
    (t, name) => t.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu'), '[participant]'),
    text,
  )
}

export function composeReport(w: Workshop, withNames = !w.report.excludeNames): string {
  const text = composeText(w, withNames)
  return withNames ? text : redactNames(text, w)
}

function composeText(w: Workshop, withNames: boolean): string {
  const ran = w.agenda.filter((b) => b.actualStart)
  const actions = w.notes.filter((n) => n.kind === 'action' || n.kind === 'decision')
  const when = w.startDate && w.endDate ? `${w.startDate} to ${w.endDate}` : w.startDate
  const whenWhere = [when, w.venue].filter(Boolean).join(', ')
  return [
    `# ${w.title}: activity report`,
    '',
    ...(whenWhere ? [whenWhere, ''] : []),
    '## Executive summary',
    '',
    `${w.participants.length} participants from ${new Set(w.participants.map((p) => p.sector)).size} sectors took part. ` +
      `${ran.length} of ${w.agenda.length} planned blocks were run.` +
      (w.context.region ? ` The workshop was contextualised for ${w.context.region}.` : ''),
    '',
    '## Background and objectives',
    '',
    w.objectives || '_Objectives not recorded._',
    '',
    ...(w.context.keyChallenges ? ['Key challenges in the region: ' + w.context.keyChallenges, ''] : []),
    ...participantsSection(w, withNames),
    ...agendaSection(w),
    ...notesSection(w),
    ...scenarioSection(w),
    '## Actions and recommendations',
    '',
    ...(actions.length ? actions.map((n) => `- ${n.text}`) : ['_None recorded._']),
    '',
  ].join('\n')
}
