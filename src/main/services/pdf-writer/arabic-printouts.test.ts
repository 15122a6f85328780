/**
 * Every printout the app makes, in Arabic, read back with poppler's pdftotext: Arabic words come
 * back whole and in reading order (pdftotext undoes the shaping and the right-to-left drawing), a
 * Latin name and a number inside an Arabic line keep their places. One page of each is rendered
 * to test-results/ to be looked at.
 */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Workshop } from '@shared/workshop'
import type { Scenario } from '@shared/scenario'
import type { ExportedFile } from '@shared/text'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { fillWorkshop } from '../../testing/fill-workshop'
import { withTempDir } from '../../testing/temp-dir'

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
if (!hasPoppler) console.warn('SKIPPED: the Arabic printout tests need pdftotext (apt-get install poppler-utils)')

const shots = resolve('test-results')

/** The text of a PDF as pdftotext gives it, without the embedding marks it puts around right-to-left lines. */
async function readBack(file: ExportedFile, shot: string): Promise<string> {
  const bytes = Buffer.from(file.base64, 'base64')
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  return withTempDir(async (dir) => {
    const pdf = join(dir, 'p.pdf')
    writeFileSync(pdf, bytes)
    mkdirSync(shots, { recursive: true })
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, shot)])
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
  })
}

/**
 * pdftotext gives a lam-alef ligature's letters alef first (الأمن → األمن) and moves punctuation
 * at a change of direction, and harakat may come before their letter; the words themselves, and their order, are what is checked.
 */
function expectWords(read: string, phrase: string) {
  const harakat = /[\u064b-\u0652]/g // pdftotext may put a mark before its letter
  const text = read.replace(harakat, '')
  let from = 0
  for (const raw of phrase.split(/\s+/)) {
    const word = raw
      .replace(/^[\p{P}]+|[\p{P}]+$/gu, '')
      .replace(/ل([اأإآ])/g, '$1ل')
      .replace(harakat, '')
    if (!word) continue
    const at = text.indexOf(word, from)
    expect(at, `“${word}” of “${phrase}” after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0)
    from = at + word.length
  }
}

const block = (id: string, day: number, minutes: number, title: string) => ({
  id,
  day,
  kind: 'input' as const,
  title,
  minutes,
  facilitators: [{ name: 'Amina Haddad', sector: 'police' as const }],
  links: [],
  actualStart: null,
  actualEnd: null,
  extendedBy: 0,
  scenarioId: null,
  pauses: [],
  methodId: null,
})

const mixed = 'ناقش الفريق مع UNDP لمدة 45 دقيقة'

async function arabicWorkshop() {
  const call = callerFor(memoryHandlerDeps())
  await call('settings:set', { language: 'ar' })
  const w = await call<Workshop>('workshops:create', { title: 'ورشة الأمن الإنساني' })
  await fillWorkshop(call, w.id, {
    objectives: 'بناء فهم مشترك للتنسيق بين المدنيين والعسكريين والشرطة.',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    agenda: [block('a', 1, 30, 'مقدمة عن الأمن الإنساني'), block('b', 2, 45, mixed)],
  })
  return { call, w }
}

describe.skipIf(!hasPoppler)('printouts in Arabic read back in Arabic', () => {
  it('the agenda and the run sheet', async () => {
    const { call, w } = await arabicWorkshop()
    const agenda = await readBack(
      await call<ExportedFile>('workshops:printAgenda', { id: w.id, runSheet: false }),
      'arabic-agenda',
    )
    expectWords(agenda, 'ورشة الأمن الإنساني: جدول الأعمال')
    expectWords(agenda, 'مقدمة عن الأمن الإنساني')
    expectWords(agenda, 'اليوم 2')
    expectWords(agenda, mixed)
    expectWords(agenda, '9:00ص') // Arabic writes times as its locale does (12-hour, ص/م); a range in a right-to-left cell reads from the right
    expectWords(agenda, '9:30ص')
    const runSheet = await readBack(
      await call<ExportedFile>('workshops:printAgenda', { id: w.id, runSheet: true }),
      'arabic-run-sheet',
    )
    expectWords(runSheet, 'ورقة سير الجلسات') // the title wraps before للميسّر
    expectWords(runSheet, 'Amina Haddad (الشرطة)')
    expectWords(runSheet, 'مجموع اليوم: 0 س 45 د.')
  })

  it('the activity report', async () => {
    const { call, w } = await arabicWorkshop()
    await call('workshops:composeReport', { id: w.id, withNames: false })
    const report = await readBack(
      await call<ExportedFile>('workshops:export', { id: w.id, format: 'pdf' }),
      'arabic-report',
    )
    expectWords(report, 'ورشة الأمن الإنساني: تقرير النشاط')
    expectWords(report, 'الملخص التنفيذي')
    expectWords(report, 'جدول الأعمال: المخطط والفعلي')
    expectWords(report, 'UNDP') // the block title, wrapped in a narrow column
  })

  it('the role cards and the scenario run sheet', async () => {
    const call = callerFor(memoryHandlerDeps())
    await call('settings:set', { language: 'ar' })
    const s = await call<Scenario>('scenarios:create', {
      fields: {
        title: 'فيضان في وادي النهر',
        setting: 'منطقة خيالية تضربها الفيضانات.',
        themes: [],
        learningObjectives: ['التنسيق بين الجهات الإنسانية والشرطة'],
        roles: [
          {
            id: 'r1',
            name: 'قائدة الشرطة المحلية',
            sector: 'police',
            publicBrief: 'عليك تأمين الطريق إلى المستشفى خلال 3 ساعات بالتعاون مع UNICEF.',
            privateBrief: 'لا تثقين بالمتطوعين.',
          },
        ],
        phases: [
          {
            id: 'p1',
            title: 'الساعات الأولى',
            gameTime: 'اليوم الأول',
            minutes: 40,
            situation: 'ارتفع منسوب المياه.',
            tasks: 'حددوا الأولويات.',
            debriefQuestions: 'ما الذي نجح؟',
            injects: [],
          },
        ],
        links: [],
        derivedFrom: null,
      },
    })
    const cards = await readBack(
      await call<ExportedFile>('scenarios:print', { id: s.id, what: 'role-cards', includePrivate: true }),
      'arabic-role-cards',
    )
    for (const words of ['قائدة الشرطة المحلية', 'القطاع: الشرطة', 'إحاطتك', 'لك وحدك', 'لا تثقين بالمتطوعين.'])
      expectWords(cards, words)
    expectWords(cards, 'عليك تأمين الطريق إلى المستشفى خلال 3 ساعات بالتعاون مع UNICEF.')
    const sheet = await readBack(
      await call<ExportedFile>('scenarios:print', { id: s.id, what: 'run-sheet', includePrivate: false }),
      'arabic-scenario-run-sheet',
    )
    expectWords(sheet, 'المرحلة 1: الساعات الأولى (اليوم الأول، 40 دقيقة)')
    expectWords(sheet, 'أهداف التعلم')
  })

  it('the glossary handout', async () => {
    const call = callerFor(memoryHandlerDeps())
    await call('glossary:create', {
      fields: {
        term: 'human security',
        definition: 'Freedom from fear, freedom from want and freedom to live in dignity.',
        aliases: [],
        related: [],
        sourceId: null,
        translations: { ar: { term: 'الأمن الإنساني', definition: 'التحرر من الخوف والتحرر من العوز.' } },
      },
    })
    await call('glossary:create', {
      fields: {
        term: 'do no harm',
        definition: 'Avoid making a conflict worse (2005).',
        aliases: [],
        related: [],
        sourceId: null,
        translations: {},
      },
    })
    const handout = await readBack(await call<ExportedFile>('glossary:handout', { language: 'ar' }), 'arabic-glossary')
    expectWords(handout, 'مسرد المصطلحات')
    expectWords(handout, 'الأمن الإنساني')
    expectWords(handout, 'التحرر من الخوف والتحرر من العوز. (human security)')
    expectWords(handout, 'Avoid making a conflict worse (2005).') // an English definition keeps its own direction
  })
})
