/**
 * The glossary: a starter set of human-security coordination terms (English, with
 * French and Arabic translations; loaded once), edited by the facilitator, looked up from a selection in
 * the reader, and printed as a handout in the participants' language.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { GlossaryFields, type GlossaryTerm } from '@shared/glossary'
import { inLanguage } from '@shared/in-language'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import type { Trashed } from '@shared/trash'
import { takeOut, throwAway } from '../trash/trash'
import type { EditOutcome, FieldEdit } from '@shared/edits'
import { editRecord } from '../edits/edit-record'
import { applyField } from '../edits/apply-edits'
import { fold } from '../search/text'
import { markdownPdf } from '../pdf-writer/markdown-pdf'
import { PDF_MIME, exportedFile } from '../exported-file'

const Starter = z.object({ terms: z.array(GlossaryFields.partial({ sourceId: true }).extend({ key: z.string() })) })

export async function readStarterGlossary(resourcesDir: string) {
  return Starter.parse(JSON.parse(await readFile(join(resourcesDir, 'starter', 'glossary.json'), 'utf8'))).terms
}

export async function seedGlossary(store: Store, resourcesDir: string, clock: Clock): Promise<void> {
  if (store.read().glossaryLoaded) return
  const terms = await readStarterGlossary(resourcesDir)
  const now = clock.now()
  await store.update((data) => {
    data.glossary.push(
      ...terms.map(({ key, ...t }) => ({
        ...t,
        sourceId: t.sourceId ?? null,
        id: `starter-${key}`,
        createdAt: now,
        updatedAt: now,
      })),
    )
    data.glossaryLoaded = true
  })
}

export const listGlossary = (store: Store): GlossaryTerm[] =>
  [...store.read().glossary].sort((a, b) => a.term.localeCompare(b.term, undefined, { sensitivity: 'base' }))

function refuseClash(terms: readonly GlossaryTerm[], id: string | null, term: string) {
  const clash = terms.find((t) => t.id !== id && fold(t.term) === fold(term))
  if (clash) throw new ServiceError('conflict', userMessage('term-exists', { term: clash.term }))
}

export function createTerm(store: Store, clock: Clock, fields: GlossaryFields): Promise<GlossaryTerm> {
  return store.update((data) => {
    refuseClash(data.glossary, null, fields.term)
    const now = clock.now()
    const term = { ...fields, id: newId(), createdAt: now, updatedAt: now }
    data.glossary.push(term)
    return term
  })
}

/** One field of a term; a translation's term or definition starts the translation, and both emptied remove it. */
export function editTerm(store: Store, clock: Clock, id: string, edit: FieldEdit): Promise<EditOutcome<GlossaryTerm>> {
  const find = (data: { glossary: GlossaryTerm[] }) => {
    const found = data.glossary.find((t) => t.id === id)
    if (!found) throw new ServiceError('not-found', userMessage('term-gone'))
    return found
  }
  return editRecord(store, clock, find, (t) => {
    const lang = /^translations\.(\w+)\./.exec(edit.field)?.[1] as keyof GlossaryTerm['translations'] | undefined
    if (lang) t.translations[lang] ??= { term: '', definition: '' }
    const conflict = applyField(t, edit)
    if (lang && !t.translations[lang]!.term && !t.translations[lang]!.definition) delete t.translations[lang]
    if (!conflict && edit.field === 'term') refuseClash(store.read().glossary, id, t.term)
    return conflict
  })
}

export function deleteTerm(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.glossary, id, () => new ServiceError('not-found', userMessage('term-gone')))
    return throwAway(data, clock, { kind: 'glossary', label: record.term, parentId: null, record })
  })
}

const names = (t: GlossaryTerm) => [t.term, ...t.aliases, ...Object.values(t.translations).map((x) => x?.term ?? '')]

/** The entry a selected word or phrase stands for, if any: term, alias or translated term, accents and case ignored. */
export function lookupTerm(store: Store, text: string): GlossaryTerm | null {
  const wanted = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  if (!wanted) return null
  const match = (t: GlossaryTerm) =>
    names(t).some(
      (n) =>
        fold(n)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim() === wanted,
    )
  const plural = (t: GlossaryTerm) =>
    names(t).some(
      (n) =>
        `${fold(n)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()}s` === wanted,
    )
  return store.read().glossary.find(match) ?? store.read().glossary.find(plural) ?? null
}

const handoutTitle = { en: 'Glossary', fr: 'Glossaire', ar: 'مسرد المصطلحات', es: 'Glosario' }

export function handoutMarkdown(terms: GlossaryTerm[], language: 'en' | 'fr' | 'ar' | 'es'): string {
  const entries = terms
    .map((t) => {
      const term = inLanguage(t, 'term', language)
      return {
        term: term.value,
        definition: inLanguage(t, 'definition', language).value,
        original: term.lang ? t.term : null,
      }
    })
    .sort((a, b) => a.term.localeCompare(b.term, language, { sensitivity: 'base' }))
  const title = handoutTitle[language]
  return [
    `# ${title}`,
    '',
    ...entries.flatMap((e) => [`## ${e.term}`, '', e.definition + (e.original ? ` (${e.original})` : ''), '']),
  ].join('\n')
}

export async function glossaryHandout(store: Store, language: 'en' | 'fr' | 'ar' | 'es') {
  const bytes = await markdownPdf(handoutMarkdown(listGlossary(store), language), handoutTitle[language], language)
  return exportedFile(`glossary-${language}.pdf`, PDF_MIME, bytes)
}
