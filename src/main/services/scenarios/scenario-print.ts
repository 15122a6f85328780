/**
 * Printable role cards (one page per role; the public brief only unless the
 * facilitator asks for private briefs too) and the facilitator's run sheet; the scenario's
 * title, setting, objectives, roles, phases and injects in the printout's language where it has
 * them (`scenarioIn`, field by field).
 */
import { scenarioIn, type Scenario } from '@shared/scenario'
import type { Language } from '@shared/model'
import { printWords, type PrintWords } from '@shared/print-words'
import { fileSafeName } from '@shared/text'
import { markdownPdf } from '../pdf-writer/markdown-pdf'
import { newPdf } from '../pdf-writer/pdf-document'
import { writeText } from '../pdf-writer/draw-text'
import { directionOf } from '../pdf-writer/bidi-lines'
import { PDF_MIME, exportedFile } from '../exported-file'

export function roleCards(
  s: Scenario,
  includePrivate: boolean,
  words: PrintWords = printWords.en,
  language: Language = 'en',
): Promise<Buffer> {
  const { doc, done } = newPdf({
    size: 'A5',
    margin: 48,
    autoFirstPage: false,
    lang: language,
    info: { Title: `${s.title}: ${words.roleCards}` },
  })
  const direction = directionOf(language)
  const grey = { color: '#555', direction }
  for (const role of s.roles) {
    doc.addPage()
    writeText(doc, s.title, { size: 9, ...grey })
    doc.y += 8
    writeText(doc, role.name, { size: 18, weight: 'bold', direction })
    writeText(doc, words.sectorLine(words.sector[role.sector]), { size: 10, ...grey })
    doc.y += 9
    writeText(doc, words.yourBrief, { size: 11, weight: 'bold', direction })
    writeText(doc, role.publicBrief, { size: 11, lineGap: 2, direction })
    if (includePrivate && role.privateBrief) {
      doc.y += 9
      writeText(doc, words.onlyForYou, { size: 11, weight: 'bold', direction })
      writeText(doc, role.privateBrief, { size: 11, lineGap: 2, direction })
    }
  }
  doc.end()
  return done
}

export function runSheetMarkdown(s: Scenario, words: PrintWords = printWords.en): string {
  const cell = (text: string) => text.replace(/\|/g, '/')
  const lines = [`# ${s.title}: ${words.runSheet}`, '', s.setting, '']
  if (s.learningObjectives.length)
    lines.push(`## ${words.learningObjectives}`, '', ...s.learningObjectives.map((o) => `- ${o}`), '')
  lines.push(
    `## ${words.roles}`,
    '',
    ...s.roles.map((r) => `- ${r.name} (${words.sector[r.sector]}): ${r.privateBrief || r.publicBrief}`),
    '',
  )
  s.phases.forEach((p, n) => {
    lines.push(
      `## ${words.phase(n + 1, p.title, p.gameTime, p.minutes)}`,
      '',
      p.situation,
      '',
      words.tasks(p.tasks),
      '',
    )
    lines.push(`| ${words.injectColumns.join(' | ')} |`, '| --- | --- | --- | --- |')
    for (const i of p.injects)
      lines.push(`| ${i.atMinute} | ${cell(i.content)} | ${i.from} » ${i.to} | ${cell(i.facilitatorNote)} |`)
    lines.push('', words.debrief(p.debriefQuestions), '')
  })
  return lines.join('\n')
}

export async function printScenario(
  s: Scenario,
  what: 'role-cards' | 'run-sheet',
  includePrivate: boolean,
  language: Language = 'en',
) {
  const words = printWords[language]
  const shown = scenarioIn(s, language)
  const bytes =
    what === 'role-cards'
      ? await roleCards(shown, includePrivate, words, language)
      : await markdownPdf(runSheetMarkdown(shown, words), shown.title, language)
  return exportedFile(
    `${fileSafeName(shown.title, 'scenario')} - ${what === 'role-cards' ? words.roleCards : words.runSheetShort}.pdf`,
    PDF_MIME,
    bytes,
  )
}
