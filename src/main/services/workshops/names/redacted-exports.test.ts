import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { blankBlock, type Block, type Workshop } from '@shared/workshop'
import type { NamesPreview } from '@shared/names-preview'
import type { ExportedFile } from '@shared/text'
import { callerFor, memoryHandlerDeps } from '../../../testing/handler-deps'
import { withTempDir } from '../../../testing/temp-dir'
import { arabic, english, french, kept, participants } from './redaction-cases'
import { foldWord } from './fold-map'
import { reportWords } from '@shared/report-words'
import { particles, titles } from './titles'

const words = (s: string): string[] => s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
/**
 * The name words each variant must lose, as written; titles, particles ("de", "عبد") and
 * words the ordinary sentences keep ("الرحمن" in a prayer, not after "عبد") aside.
 */
const ordinary = new Set(kept.flatMap(words))
const secrets = (cases: [string, string][]) => [
  ...new Set(
    cases.flatMap(([text, out]) =>
      words(text).filter(
        (w) => !words(out).includes(w) && !titles.has(foldWord(w)) && !particles.has(foldWord(w)) && !ordinary.has(w),
      ),
    ),
  ),
]
/** The report's own headings and table words ("A design group…" is not the initial A. of a name). */
const reportsOwn = new Set(words(Object.values(reportWords.en.strategy).join(' ')))
const leftIn = (exported: string, cases: [string, string][]) => {
  const present = new Set(words(exported))
  return secrets(cases).filter((w) => present.has(w) && !reportsOwn.has(w))
}

const tool = (name: string) => {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const hasPoppler = tool('pdftotext') && tool('pdfinfo')

const block: Block = { ...blankBlock('b1', 1), title: 'Panel with Col. Diallo and Mme Lefèvre', minutes: 60 }

const latinKept = kept.filter((k) => !/[\u0600-\u06ff]/u.test(k))

async function setReport(call: ReturnType<typeof callerFor>, id: string, draft: string, excludeNames: boolean) {
  await call('workshops:edit', { id, edit: { field: 'report.draft', value: draft } })
  await call('workshops:edit', { id, edit: { field: 'report.excludeNames', value: excludeNames } })
}

async function workshopWith(cases: [string, string][], ordinary: string[], asDraft: boolean) {
  const call = callerFor(memoryHandlerDeps())
  const w = await call<Workshop>('workshops:create', { title: 'Visit of Dr Amina Diallo' })
  await call('workshops:editList', {
    id: w.id,
    list: 'participants',
    ops: participants.map((item) => ({ op: 'add', item })),
  })
  await call('workshops:editList', { id: w.id, list: 'agenda', ops: [{ op: 'add', item: block }] })
  await call('workshops:run', { id: w.id, action: 'start', blockId: 'b1' })
  const lines = [...cases.map(([text]) => text), ...ordinary]
  if (asDraft) {
    const draft = lines.map((text) => `- ${text}`).join('\n')
    await setReport(call, w.id, draft, true)
  } else for (const text of lines) await call('workshops:addNote', { id: w.id, kind: 'observation', text })
  return { call, id: w.id }
}

const docxText = async (file: ExportedFile) => {
  const xml = await (
    await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
  )
    .file('word/document.xml')!
    .async('string')
  return xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

const pdfText = (file: ExportedFile) =>
  withTempDir(async (dir) => {
    const path = join(dir, 'export.pdf')
    writeFileSync(path, Buffer.from(file.base64, 'base64'))
    const body = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    return `${execFileSync('pdfinfo', [path], { encoding: 'utf8' })}\n${body}`
  })

const latin = [...english, ...french]
const everyVariant = [...latin, ...arabic]

describe('exports with names left out', () => {
  for (const asDraft of [false, true]) {
    it(`DOCX ${asDraft ? 'from the edited draft' : 'composed from the notes'} holds none of the ${everyVariant.length} variants`, async () => {
      const { call, id } = await workshopWith(everyVariant, kept, asDraft)
      const file = await call<ExportedFile>('workshops:export', { id, format: 'docx' })
      const text = await docxText(file)
      expect(leftIn(text, everyVariant)).toEqual([])
      expect(file.fileName).toBe('Visit of participant - report.docx')
      for (const k of kept) expect(text).toContain(k)
      expect(text).toContain('[participant]')
    })
  }

  it(`PDF report, agenda and run sheet hold none of the ${latin.length} Latin-script variants`, async (ctx) => {
    if (!hasPoppler) {
      console.log('PDF check skipped: pdftotext/pdfinfo (poppler-utils) not found')
      ctx.skip()
    }
    for (const asDraft of [false, true]) {
      const { call, id } = await workshopWith(latin, latinKept, asDraft)
      const file = await call<ExportedFile>('workshops:export', { id, format: 'pdf' })
      const text = await pdfText(file)
      expect(leftIn(text, latin)).toEqual([])
      for (const k of latinKept) expect(text.replace(/\s+/g, ' ')).toContain(k)
      expect(file.fileName).toBe('Visit of participant - report.pdf')
      expect(text).toMatch(/Title:\s+Visit of \[participant\]: activity report/)
    }
    const { call, id } = await workshopWith([], [], false)
    for (const runSheet of [false, true]) {
      const file = await call<ExportedFile>('workshops:printAgenda', { id, runSheet })
      const text = await pdfText(file)
      expect(text.replace(/\s+/g, ' ')).toContain('Panel with [participant] and [participant]')
      expect(leftIn(text + file.fileName, latin)).toEqual([])
    }
  })

  it('previews each replacement where the export will make it', async () => {
    const draft = 'Col. Diallo met Hélène.\nThe police will share.'
    const { call, id } = await workshopWith([], [], false)
    await setReport(call, id, draft, true)
    const preview = await call<NamesPreview>('workshops:previewNamesOut', { id })
    expect(preview.text).toBe(draft)
    expect(preview.replacements).toEqual([
      { start: 0, end: 11, original: 'Col. Diallo' },
      { start: 16, end: 22, original: 'Hélène' },
    ])
    expect(preview.fileBase).toBe('Visit of participant - report')
    await setReport(call, id, draft, false)
    expect((await call<NamesPreview>('workshops:previewNamesOut', { id })).replacements).toEqual([])
  })
})
