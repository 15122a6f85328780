/**
 * Printable role cards (one page per role; the public brief only unless the
 * facilitator asks for private briefs too) and the facilitator's run sheet.
 */
import PDFDocument from 'pdfkit'
import type { Scenario } from '@shared/scenario'
import type { Language } from '@shared/model'
import { printWords, type PrintWords } from '@shared/print-words'
import { fileSafeName } from '@shared/text'
import { reportPdf } from '../workshops/report-export'
import { PDF_MIME, exportedFile } from '../exported-file'
import { assertPrintable } from '../workshops/pdf-charset'

export function roleCards(s: Scenario, includePrivate: boolean, words: PrintWords = printWords.en): Promise<Buffer> {
  assertPrintable(s.title, ...s.roles.flatMap((r) => [r.name, r.publicBrief, includePrivate ? r.privateBrief : '']))
  const doc = new PDFDocument({
    size: 'A5',
    margin: 48,
    autoFirstPage: false,
    info: { Title: `${s.title}: ${words.roleCards}` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  for (const role of s.roles) {
    doc.addPage()
    doc.font('Helvetica').fontSize(9).fillColor('#555').text(s.title)
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(18).fillColor('#000').text(role.name)
    doc.font('Helvetica').fontSize(10).fillColor('#555').text(words.sectorLine(words.sector[role.sector]))
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).fillColor('#000').text(words.yourBrief)
    doc.font('Helvetica').fontSize(11).text(role.publicBrief, { lineGap: 2 })
    if (includePrivate && role.privateBrief) {
      doc.moveDown(0.8).font('Helvetica-Bold').text(words.onlyForYou)
      doc.font('Helvetica').text(role.privateBrief, { lineGap: 2 })
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
  const bytes =
    what === 'role-cards'
      ? await roleCards(s, includePrivate, words)
      : await reportPdf(runSheetMarkdown(s, words), s.title)
  return exportedFile(
    `${fileSafeName(s.title, 'scenario')} - ${what === 'role-cards' ? words.roleCards : words.runSheetShort}.pdf`,
    PDF_MIME,
    bytes,
  )
}
