import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { planAgenda } from '@shared/agenda'
import type { Block } from '@shared/workshop'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir, withTempDir } from '../../testing/temp-dir'
import { seedScenarios } from '../scenarios/scenarios'
import { readStarterLibrary, seedStarterLibrary } from '../library/starter'
import type { Resource } from '@shared/model'
import type { Scenario } from '@shared/scenario'
import { fillWorkshop } from '../../testing/fill-workshop'
import type { Workshop } from '@shared/workshop'

type Sector = Block['facilitators'][number]['sector']
type Composed = { workshop: Workshop }

const block = (id: string, day: number, minutes: number, sector: Sector = 'civil-society'): Block => ({
  id,
  day,
  kind: 'input',
  title: `Block ${id}`,
  minutes,
  facilitators: [{ name: 'Amina', sector }],
  links: [],
  actualStart: null,
  actualEnd: null,
  extendedBy: 0,
  scenarioId: null,
  pauses: [],
  methodId: null,
})

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('agenda arithmetic', () => {
  it('computes start times per day, totals, and warns of an overrun day or one-sector facilitation', () => {
    const days = planAgenda({
      dayStart: '09:00',
      dayMaxMinutes: 120,
      agenda: [
        block('a', 1, 45),
        block('b', 1, 90),
        block('c', 2, 30, 'police'),
        { ...block('d', 2, 30), facilitators: [{ name: 'Col. R', sector: 'military' }] },
      ],
    })
    expect(days.map((d) => d.blocks.map((b) => b.plannedStart))).toEqual([
      [540, 585],
      [540, 570],
    ])
    expect(days[0]).toMatchObject({ totalMinutes: 135, warnings: ['overrun', 'single-sector'] })
    expect(days[1]!.warnings).toEqual([])
  })
})

describe('workshops through the dispatcher', () => {
  async function setup() {
    const deps = memoryHandlerDeps()
    let now = Date.parse('2026-11-24T09:00:00.000Z')
    deps.clock = { now: () => new Date(now).toISOString() }
    const call = callerFor(deps)
    const advance = (minutes: number) => (now += minutes * 60_000)
    return { call, advance, deps }
  }

  it('runs blocks, records actual times and notes, and reports planned vs actual without names', async () => {
    const { call, advance } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'CMP coordination, Bamako' })
    await fillWorkshop(call, w.id, {
      objectives: 'Build shared understanding of civil-military-police coordination.',
      agenda: [block('a', 1, 30), block('b', 1, 45)],
      participants: [
        {
          id: 'p1',
          name: 'Fatoumata Diallo',
          organisation: 'WANEP',
          sector: 'civil-society',
          gender: 'female',
          consent: true,
        },
        {
          id: 'p2',
          name: 'Moussa Keita',
          organisation: 'Police nationale',
          sector: 'police',
          gender: 'male',
          consent: false,
        },
      ],
    })
    await call('workshops:run', { id: w.id, action: 'start', blockId: 'a' })
    await call('workshops:addNote', { id: w.id, kind: 'quote', text: 'Trust is built before the crisis' })
    advance(40)
    await call('workshops:run', { id: w.id, action: 'start', blockId: 'b' })
    await call('workshops:addNote', {
      id: w.id,
      kind: 'action',
      text: 'Moussa Keita to share the police liaison contacts',
    })
    advance(20)
    const done = await call<Workshop>('workshops:run', { id: w.id, action: 'stop', blockId: 'b' })
    expect(done.agenda.map((b) => [b.actualStart, b.actualEnd])).toEqual([
      ['2026-11-24T09:00:00.000Z', '2026-11-24T09:40:00.000Z'],
      ['2026-11-24T09:40:00.000Z', '2026-11-24T10:00:00.000Z'],
    ])
    expect(done.notes.map((n) => n.blockId)).toEqual(['a', 'b'])

    const report = (await call<Composed>('workshops:composeReport', { id: w.id, withNames: false, timeZone: 'UTC' }))
      .workshop.report.draft
    expect(report).toContain('| 9:00 AM | Block a | 0:30 | 9:00 AM | 0:40 | +0:10 |')
    expect(report).toContain('| 9:30 AM | Block b | 0:45 | 9:40 AM | 0:20 | -0:25 |')
    expect(report).toContain('“Trust is built before the crisis”')
    expect(report).toContain('By sector: civil society 1, police 1.')
    expect(report).not.toMatch(/Fatoumata|Diallo|Moussa|Keita/)
    expect(report).toContain('[participant] to share the police liaison contacts')

    const named = (await call<Composed>('workshops:composeReport', { id: w.id, withNames: true })).workshop.report.draft
    expect(named).toContain('Fatoumata Diallo, WANEP')
    expect(named).not.toContain('Moussa Keita, Police')

    // a French-speaking facilitator gets the draft in French, typography included
    await call('settings:set', { language: 'fr' })
    const french = (await call<Composed>('workshops:composeReport', { id: w.id, withNames: false, timeZone: 'UTC' }))
      .workshop.report.draft
    expect(french).toContain('## Programme : prévu et réalisé')
    expect(french).toContain('| Prévu | Séquence | Durée prévue | Début réel | Durée réelle | Écart |')
    expect(french).toContain('| 09:00 | Block a | 0:30 | 09:00 | 0:40 | +0:10 |')
    expect(french).toContain('Par secteur : société civile 1, police 1.')
    expect(french).toContain('## Actions et recommandations\n\n- [participant] to share the police liaison contacts')
    expect(french).not.toMatch(/Executive summary|By sector|Key points/)
  })

  it('exports real DOCX and PDF files that read back with the times and notes', async () => {
    const { call, advance } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'Dialogue week' })
    await fillWorkshop(call, w.id, {
      agenda: [block('a', 1, 30)],
      participants: [
        { id: 'p1', name: 'Zainab Haddad', organisation: 'X', sector: 'media', gender: 'female', consent: true },
      ],
    })
    await call('workshops:run', { id: w.id, action: 'start', blockId: 'a' })
    await call('workshops:addNote', { id: w.id, kind: 'observation', text: 'Zainab Haddad led the group work' })
    advance(35)
    await call('workshops:run', { id: w.id, action: 'stop', blockId: 'a' })
    const docx = await call<{ base64: string; fileName: string }>('workshops:export', { id: w.id, format: 'docx' })
    expect(docx.fileName).toBe('Dialogue week - report.docx')
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.base64, 'base64') })).value
    expect(text).toContain('Block a')
    expect(text).toContain('+0:05')
    expect(text).toContain('[participant] led the group work')
    expect(text).not.toContain('Zainab')
    const pdf = await call<{ base64: string }>('workshops:export', { id: w.id, format: 'pdf' })
    const bytes = Buffer.from(pdf.base64, 'base64')
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    if (hasPdftotext) {
      await withTempDir(async (dir) => {
        writeFileSync(join(dir, 'r.pdf'), bytes)
        const out = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
        expect(out).toContain('Block a')
        expect(out).toContain('+0:05')
        expect(out).not.toContain('Zainab')
      })
    }

    // in Arabic the Word file carries the report, right to left (the PDF too: pdf-writer/arabic-printouts.test.ts)
    await call('settings:set', { language: 'ar' })
    const arabic = await call<{ base64: string }>('workshops:export', { id: w.id, format: 'docx' })
    const arabicText = (await mammoth.extractRawText({ buffer: Buffer.from(arabic.base64, 'base64') })).value
    expect(arabicText).toContain('جدول الأعمال: المخطط والفعلي')
    const xml = await (
      await JSZip.loadAsync(Buffer.from(arabic.base64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).toMatch(/<w:bidi\/>[\s\S]*جدول الأعمال/) // Arabic paragraphs run right to left in Word
    expect(xml).toContain('<w:bidiVisual/>') // and so do the agenda's tables
    const englishXml = await (
      await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string')
    expect(englishXml).not.toContain('<w:bidi/>')
  })

  it('keeps the draft’s formatting in the Word and PDF exports', async () => {
    const { call } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'Formatted' })
    const draft = [
      '# Formatted report',
      '',
      'The police **agreed** to *share* ***both*** plans.',
      '',
      '> Who was missing from the table?',
      '',
      '1. First step',
      '2. Second step',
      '   - a detail',
      '',
      '| Block | Planned |',
      '| --- | --- |',
      '| **Opening** | 0:30 |',
    ].join('\n')
    await call('workshops:edit', { id: w.id, edit: { field: 'report.draft', value: draft } })
    const docx = await call<{ base64: string }>('workshops:export', { id: w.id, format: 'docx' })
    const styleMap = ["p[style-name='Quote'] => blockquote > p:fresh"]
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx.base64, 'base64') }, { styleMap })).value
    expect(html).toContain('The police <strong>agreed</strong> to <em>share</em> <strong><em>both</em></strong> plans.')
    expect(html).toContain('<blockquote><p>Who was missing from the table?</p></blockquote>')
    expect(html).toMatch(/<ol><li>First step<\/li><li>Second step<ul><li>a detail<\/li><\/ul><\/li><\/ol>/)
    expect(html).toMatch(/<table>.*<strong>Opening<\/strong>.*<\/table>/)
    if (!hasPdftotext) return
    const pdf = await call<{ base64: string }>('workshops:export', { id: w.id, format: 'pdf' })
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'r.pdf'), Buffer.from(pdf.base64, 'base64'))
      const fonts = execFileSync('pdffonts', [join(dir, 'r.pdf')], { encoding: 'utf8' })
      for (const face of ['NotoSans-Regular', 'NotoSans-Bold ', 'NotoSans-Italic', 'NotoSans-BoldItalic'])
        expect(fonts).toContain(face)
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
      expect(text).toMatch(/1\.\s+First step/)
      expect(text).toMatch(/2\.\s+Second step/)
      expect(text).toContain('Who was missing from the table?')
    })
  })

  it('reports what a scenario exercise gave, the checklist and the background notes', async () => {
    const { call, advance, deps } = await setup()
    await seedScenarios(deps.store, resourcesDir, deps.clock)
    await seedStarterLibrary(deps.store, await readStarterLibrary(resourcesDir), deps.clock)
    const w = await call<Workshop>('workshops:create', { title: 'Scenario day' })
    const [note] = await call<Resource[]>('library:list').then((all) =>
      all.filter((r) => r.id === 'starter-principles'),
    )
    await fillWorkshop(call, w.id, {
      agenda: [{ ...block('s', 1, 90), kind: 'scenario', title: 'Flood exercise', scenarioId: 'starter-flood' }],
    })
    const edits = {
      'checklist.terminology.done': true,
      'checklist.terminology.notes': 'Glossary agreed with the design group',
      'context.backgroundNotes': [note!.id],
    }
    for (const [field, value] of Object.entries(edits))
      await call('workshops:edit', { id: w.id, edit: { field, value } })
    const flood = await call<Scenario>('scenarios:run', { id: 'starter-flood', action: 'start' })
    await call('scenarios:run', {
      id: 'starter-flood',
      action: 'release',
      injectId: flood.phases[0]!.injects[0]!.id,
      by: 'hand',
    })
    await call('scenarios:run', {
      id: 'starter-flood',
      action: 'note',
      text: 'The mayor asked the army for trucks first',
    })
    await call('workshops:run', { id: w.id, action: 'start', blockId: 's' })
    await call('workshops:addNote', { id: w.id, kind: 'decision', text: 'Police and NGOs agreed a joint liaison cell' })
    advance(90)
    await call('workshops:run', { id: w.id, action: 'stop', blockId: 's' })
    const report = (await call<Composed>('workshops:composeReport', { id: w.id, withNames: false })).workshop.report
      .draft
    expect(report).toContain('## Scenario outcomes')
    expect(report).toContain('### Flood exercise (exercise: Rising water in the Lower Sava valley)')
    expect(report).toMatch(/\*\*Outcomes\*\*\n\n- Police and NGOs agreed a joint liaison cell/)
    expect(report).toMatch(/1 of 6 injects released\./)
    expect(report).toContain('- *The water rises:* The mayor asked the army for trucks first')
    expect(report).toContain('> Who was at the table, and who was missing?')
    expect(report).toContain(
      '| Terminology agreed and stakeholders mapped | Yes | Glossary agreed with the design group |',
    )
    expect(report).toContain('| A design group from the region and each sector | No | — |')
    expect(report).toContain(`### Background notes\n\n- **${note!.title}**`)
  })

  it('names a scenario exercise in the report in the report’s language', async () => {
    const { call, advance, deps } = await setup()
    await seedScenarios(deps.store, resourcesDir, deps.clock)
    await call('settings:set', { language: 'fr' })
    const w = await call<Workshop>('workshops:create', { title: 'Journée scénario' })
    await fillWorkshop(call, w.id, {
      agenda: [{ ...block('s', 1, 90), kind: 'scenario', title: '', scenarioId: 'starter-flood' }],
    })
    const flood = await call<Scenario>('scenarios:run', { id: 'starter-flood', action: 'start' })
    await call('scenarios:run', { id: 'starter-flood', action: 'note', text: 'Le maire a demandé des camions' })
    await call('workshops:run', { id: w.id, action: 'start', blockId: 's' })
    advance(90)
    await call('workshops:run', { id: w.id, action: 'stop', blockId: 's' })
    const report = (await call<Composed>('workshops:composeReport', { id: w.id, withNames: false })).workshop.report
      .draft
    expect(flood.title).toBe('Rising water in the Lower Sava valley')
    expect(report).toContain('La crue dans la basse vallée de la Sava')
    expect(report).toContain('- *La montée des eaux:* Le maire a demandé des camions')
    expect(report).toContain('> Qui était autour de la table, et qui manquait ?')
    expect(report).not.toContain('Rising water')
  })

  it('prints the agenda and the facilitator run sheet as PDF', async () => {
    const { call } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'Print test' })
    await fillWorkshop(call, w.id, { agenda: [block('a', 1, 30), block('b', 2, 45, 'military')] })
    for (const runSheet of [false, true]) {
      const file = await call<{ base64: string; fileName: string }>('workshops:printAgenda', { id: w.id, runSheet })
      expect(file.fileName).toBe(runSheet ? 'Print test - run sheet.pdf' : 'Print test - agenda.pdf')
      const bytes = Buffer.from(file.base64, 'base64')
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      if (!hasPdftotext) continue
      await withTempDir(async (dir) => {
        writeFileSync(join(dir, 'a.pdf'), bytes)
        const out = execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' })
        expect(out).toContain('Day 2')
        expect(out).toContain('9:00 AM–9:30')
        expect(out).toContain('Block b')
        if (runSheet) expect(out).toContain('Amina (military)')
        else expect(out).not.toContain('Amina')
      })
    }

    await call('settings:set', { language: 'fr' })
    const french = await call<{ base64: string; fileName: string }>('workshops:printAgenda', {
      id: w.id,
      runSheet: true,
    })
    expect(french.fileName).toBe('Print test - feuille de route.pdf')
    if (!hasPdftotext) return
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'fr.pdf'), Buffer.from(french.base64, 'base64'))
      const out = execFileSync('pdftotext', ['-layout', join(dir, 'fr.pdf'), '-'], { encoding: 'utf8' })
      expect(out).toContain('Jour 2')
      expect(out).toMatch(/Amina\s+\(militaire\)/)
      expect(out).toContain('Total de la journée : 0 h 45 min.')
    })
  })

  it('refuses a block ending before it starts', async () => {
    const { call } = await setup()
    const w = await call<Workshop>('workshops:create', { title: 'T' })
    await fillWorkshop(call, w.id, { agenda: [block('a', 1, 30)] })
    await expect(
      call('workshops:run', {
        id: w.id,
        action: 'set-times',
        blockId: 'a',
        actualStart: '2026-11-24T10:00:00.000Z',
        actualEnd: '2026-11-24T09:00:00.000Z',
      }),
    ).rejects.toThrow('A block cannot end before it starts.')
  })
})
