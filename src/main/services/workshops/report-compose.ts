/**
 * The activity report draft, composed from what the workshop already holds:
 * executive summary, background and objectives with the linked background notes, the
 * contextualisation checklist, who took part (by sector and gender; names only when the
 * facilitator chooses), the agenda planned against actual, key points and quotes per
 * block, what each scenario exercise gave (outcomes, notes taken while it ran, the
 * injects released, its debrief questions), actions and recommendations.
 */
import { actualMinutes, balance, datesLine, dayTitle, planAgenda } from '@shared/agenda'
import { pausedSeconds } from '@shared/run-clock'
import type { Language, Resource } from '@shared/model'
import { reportWords, type ReportWords } from '@shared/report-words'
import { strategies, type Workshop, type WorkshopNote } from '@shared/workshop'
import { scenarioIn, type Scenario } from '@shared/scenario'
import { formatClock, formatDuration, formatTime, type TimeZone } from '@shared/when'
import { redactNames } from './names/redact'

const tableRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`
const counts = (tally: Record<string, number>, label: (id: string) => string) =>
  Object.entries(tally)
    .map(([k, v]) => `${label(k)} ${v}`)
    .join(', ')

function participantsSection(w: Workshop, withNames: boolean, words: ReportWords): string[] {
  const people = w.participants
  const sector = (id: string) => words.sector[id as keyof ReportWords['sector']] ?? id
  const gender = (id: string) => words.gender[id as keyof ReportWords['gender']] ?? id
  const lines = [`## ${words.participants}`, '', words.participantCount(people.length), '']
  const bySector = counts(balance(people.map((p) => p.sector)), sector)
  const byGender = counts(balance(people.map((p) => p.gender)), gender)
  lines.push(`${words.labelled(words.bySector, bySector || words.noneRecorded)}.`, '')
  lines.push(`${words.labelled(words.byGender, byGender || words.noneRecorded)}.`, '')
  if (withNames) {
    for (const p of people.filter((x) => x.consent)) lines.push(`- ${p.name}, ${p.organisation} (${sector(p.sector)})`)
    const unnamed = people.filter((p) => !p.consent).length
    if (unnamed) lines.push(`- ${words.unnamed(unnamed)}`)
    lines.push('')
  }
  return lines
}

/** Planned against actual; actual starts are instants, written in the facilitator's time zone. */
function agendaSection(w: Workshop, words: ReportWords, timeZone: TimeZone): string[] {
  const minutes = (n: number | null) => (n === null ? '—' : formatDuration(n))
  const lines = [`## ${words.agenda}`, '']
  const now = Date.now()
  for (const day of planAgenda(w)) {
    lines.push(`### ${dayTitle(words.day(day.day), day.date, words.locale)}`, '')
    lines.push(tableRow(words.columns))
    lines.push(tableRow(words.columns.map(() => '---')))
    for (const b of day.blocks) {
      const actual = actualMinutes(b, now)
      const diff = actual === null ? '—' : formatDuration(actual - b.minutes, true)
      const start = formatTime(b.actualStart, words.locale, timeZone)
      const planned = formatClock(b.plannedStart, words.locale)
      const paused = Math.round(pausedSeconds(b, now) / 60)
      const ran = minutes(actual) + (paused ? ` (${words.paused(formatDuration(paused))})` : '')
      lines.push(tableRow([planned, b.title, minutes(b.minutes), start, ran, diff]))
    }
    lines.push('')
  }
  return lines
}

/** What the report draws on beyond the workshop record: the scenarios its blocks ran, the library's background notes. */
export interface ReportSources {
  scenarios: Scenario[]
  resources: Resource[]
}
export const noSources: ReportSources = { scenarios: [], resources: [] }

const bullets = (texts: string[]) => texts.map((t) => `- ${t.replace(/\s*\n\s*/g, ' ')}`)

function exerciseLines(s: Scenario, words: ReportWords): string[] {
  const injects = s.phases.reduce((n, p) => n + p.injects.length, 0)
  const lines = injects ? [words.injectsReleased(s.run?.released.length ?? 0, injects), ''] : []
  const phaseTitle = (id: string) => s.phases.find((p) => p.id === id)?.title ?? ''
  const notes = (s.run?.notes ?? []).map((n) =>
    phaseTitle(n.phaseId) ? `*${phaseTitle(n.phaseId)}:* ${n.text}` : n.text,
  )
  if (notes.length) lines.push(`**${words.runNotes}**`, '', ...bullets(notes), '')
  const questions = s.phases
    .flatMap((p) => p.debriefQuestions.split(/\n+/))
    .map((q) => q.replace(/^\s*[-*•]\s*/, '').trim())
  if (questions.some(Boolean))
    lines.push(
      `**${words.debriefQuestions}**`,
      '',
      questions
        .filter(Boolean)
        .map((q) => `> ${q}`)
        .join('\n>\n'),
      '',
    )
  return lines
}

function scenarioSection(w: Workshop, words: ReportWords, sources: ReportSources): string[] {
  const blocks = w.agenda.filter((b) => b.kind === 'scenario' && b.actualStart)
  if (!blocks.length) return []
  const lines = [`## ${words.scenarioOutcomes}`, '']
  for (const b of blocks) {
    const ran = sources.scenarios.find((s) => s.id === b.scenarioId)
    // the exercise as written in the report's language, field by field where it has one
    const scenario = ran && scenarioIn(ran, words.locale)
    const outcomes = w.notes.filter((n) => n.blockId === b.id && (n.kind === 'decision' || n.kind === 'observation'))
    const exercise = scenario ? exerciseLines(scenario, words) : []
    lines.push(`### ${scenario ? words.scenarioRan(b.title || scenario.title, scenario.title) : b.title}`, '')
    if (outcomes.length) lines.push(`**${words.outcomes}**`, '', ...bullets(outcomes.map((n) => n.text)), '')
    else if (!scenario?.run?.notes.length) lines.push(words.noOutcome, '')
    lines.push(...exercise)
  }
  return lines
}

function checklistSection(w: Workshop, words: ReportWords): string[] {
  const rows = strategies.map((s) => [
    words.strategy[s],
    w.checklist[s].done ? words.yes : words.no,
    w.checklist[s].notes.replace(/\s*\n\s*/g, ' ') || '—',
  ])
  return [
    `## ${words.checklist}`,
    '',
    tableRow(words.checklistColumns),
    tableRow(['---', '---', '---']),
    ...rows.map(tableRow),
    '',
  ]
}

function backgroundNotesSection(w: Workshop, words: ReportWords, sources: ReportSources): string[] {
  const linked = w.context.backgroundNotes.flatMap((id) => sources.resources.filter((r) => r.id === id))
  if (!linked.length) return []
  const line = (r: Resource) => {
    const about = [r.publisher, r.year].filter(Boolean).join(', ')
    return `**${r.title}**${about ? ` (${about})` : ''}${r.summary ? `: ${r.summary}` : ''}`
  }
  return [`### ${words.backgroundNotes}`, '', ...bullets(linked.map(line)), '']
}

function notesSection(w: Workshop, words: ReportWords): string[] {
  const line = (n: WorkshopNote) =>
    n.kind === 'quote' ? `- “${n.text}”` : `- ${words.labelled(words.noteKind[n.kind], n.text)}`
  const lines = [`## ${words.keyPoints}`, '']
  for (const b of w.agenda) {
    const notes = w.notes.filter((n) => n.blockId === b.id && n.kind !== 'action')
    if (!notes.length) continue
    lines.push(`### ${b.title}`, '', ...notes.map(line), '')
  }
  const loose = w.notes.filter((n) => !n.blockId && n.kind !== 'action')
  if (loose.length) lines.push(`### ${words.otherNotes}`, '', ...loose.map(line), '')
  return lines
}

/** The draft in the facilitator's language (the app's language setting) and time zone. */
export function composeReport(
  w: Workshop,
  withNames = !w.report.excludeNames,
  language: Language = 'en',
  timeZone?: TimeZone,
  sources: ReportSources = noSources,
): string {
  const text = composeText(w, withNames, reportWords[language], timeZone, sources)
  return withNames ? text : redactNames(text, w)
}

/** The draft as composed, before any name is taken out (the names preview marks them in it). */
export function composeText(
  w: Workshop,
  withNames: boolean,
  words: ReportWords,
  timeZone?: TimeZone,
  sources: ReportSources = noSources,
): string {
  const ran = w.agenda.filter((b) => b.actualStart)
  const actions = w.notes.filter((n) => n.kind === 'action' || n.kind === 'decision')
  const when = datesLine(w, words)
  const whenWhere = [when, w.venue].filter(Boolean).join(', ')
  const sectors = new Set(w.participants.map((p) => p.sector)).size
  return [
    `# ${words.title(w.title)}`,
    '',
    ...(whenWhere ? [whenWhere, ''] : []),
    `## ${words.executiveSummary}`,
    '',
    words.summary(w.participants.length, sectors, ran.length, w.agenda.length) +
      (w.context.region ? words.contextualised(w.context.region) : ''),
    '',
    `## ${words.background}`,
    '',
    w.objectives || words.noObjectives,
    '',
    ...(w.context.keyChallenges ? [words.keyChallenges(w.context.keyChallenges), ''] : []),
    ...backgroundNotesSection(w, words, sources),
    ...checklistSection(w, words),
    ...participantsSection(w, withNames, words),
    ...agendaSection(w, words, timeZone),
    ...notesSection(w, words),
    ...scenarioSection(w, words, sources),
    `## ${words.actions}`,
    '',
    ...(actions.length ? actions.map((n) => `- ${n.text}`) : [words.noneRecordedItalic]),
    '',
  ].join('\n')
}
