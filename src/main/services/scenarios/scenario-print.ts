/**
 * Printable role cards (one page per role; the public brief only unless the
 * facilitator asks for private briefs too) and the facilitator's run sheet.
 */
import PDFDocument from 'pdfkit'
import type { Scenario } from '@shared/scenario'
import { fileSafeName, idLabel } from '@shared/text'
import { reportPdf } from '../workshops/report-export'
import { PDF_MIME, exportedFile } from '../exported-file'
import { assertPrintable } from '../workshops/pdf-charset'

export function roleCards(s: Scenario, includePrivate: boolean): Promise<Buffer> {
  assertPrintable(s.title, ...s.roles.flatMap((r) => [r.name, r.publicBrief, includePrivate ? r.privateBrief : '']))
  const doc = new PDFDocument({
    size: 'A5',
    margin: 48,
    autoFirstPage: false,
    info: { Title: `${s.title}: role cards` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  for (const role of s.roles) {
    doc.addPage()
    doc.font('Helvetica').fontSize(9).fillColor('#555').text(s.title)
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(18).fillColor('#000').text(role.name)
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#555')
      .text(`Sector: ${idLabel(role.sector)}`)
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).fillColor('#000').text('Your brief')
    doc.font('Helvetica').fontSize(11).text(role.publicBrief, { lineGap: 2 })
    if (includePrivate && role.privateBrief) {
      doc.moveDown(0.8).font('Helvetica-Bold').text('Only for you')
      doc.font('Helvetica').text(role.privateBrief, { lineGap: 2 })
    }
  }
  doc.end()
  return done
}

export function runSheetMarkdown(s: Scenario): string {
  const lines = [`# ${s.title}: facilitator run sheet`, '', s.setting, '']
  if (s.learningObjectives.length)
    lines.push('## Learning objectives', '', ...s.learningObjectives.map((o) => `- ${o}`), '')
  lines.push(
    '## Roles',
    '',
    ...s.roles.map((r) => `- ${r.name} (${idLabel(r.sector)}): ${r.privateBrief || r.publicBrief}`),
    '',
  )
  s.phases.forEach((p, n) => {
    lines.push(
      `## Phase ${n + 1}: ${p.title} (${p.gameTime}, ${p.minutes} min)`,
      '',
      p.situation,
      '',
      `Tasks: ${p.tasks}`,
      '',
    )
    lines.push('| Minute | Inject | From » To | Facilitator note |', '| --- | --- | --- | --- |')
    for (const i of p.injects)
      lines.push(
        `| ${i.atMinute} | ${i.content.replace(/\|/g, '/')} | ${i.from} » ${i.to} | ${i.facilitatorNote.replace(/\|/g, '/')} |`,
      )
    lines.push('', `Debrief: ${p.debriefQuestions}`, '')
  })
  return lines.join('\n')
}

export async function printScenario(s: Scenario, what: 'role-cards' | 'run-sheet', includePrivate: boolean) {
  const bytes =
    what === 'role-cards' ? await roleCards(s, includePrivate) : await reportPdf(runSheetMarkdown(s), s.title)
  return exportedFile(
    `${fileSafeName(s.title, 'scenario')} - ${what === 'role-cards' ? 'role cards' : 'run sheet'}.pdf`,
    PDF_MIME,
    bytes,
  )
}
