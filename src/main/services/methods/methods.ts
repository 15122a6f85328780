/**
 * The facilitation-methods library: a starter set written for this project
 * (resources/starter/methods.json, in English with French and Arabic translations; loaded
 * once, so a deleted method stays deleted),
 * added to, edited and deleted by the facilitator.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { MethodFields, blankMethodTranslation, type Method, type MethodLanguage } from '@shared/method'
import type { EditOutcome, FieldEdit } from '@shared/edits'
import { ServiceError } from '@shared/result'
import type { Trashed } from '@shared/trash'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { editRecord } from '../edits/edit-record'
import { applyField } from '../edits/apply-edits'
import { takeOut, throwAway } from '../trash/trash'

export const StarterMethods = z.object({ methods: z.array(MethodFields.extend({ key: z.string().min(1) })) })

export async function readStarterMethods(resourcesDir: string) {
  const text = await readFile(join(resourcesDir, 'starter', 'methods.json'), 'utf8')
  return StarterMethods.parse(JSON.parse(text)).methods
}

/** Once per data folder, new or old: the flag keeps deleted starter methods from coming back. */
export async function seedMethods(store: Store, resourcesDir: string, clock: Clock): Promise<void> {
  if (store.read().methodsLoaded) return
  const methods = await readStarterMethods(resourcesDir)
  const now = clock.now()
  await store.update((data) => {
    const known = new Set(data.methods.map((m) => m.id))
    for (const { key, ...m } of methods)
      if (!known.has(`starter-${key}`))
        data.methods.push({ ...m, id: `starter-${key}`, createdAt: now, updatedAt: now })
    data.methodsLoaded = true
  })
}

const gone = () => new ServiceError('not-found', userMessage('method-gone'))

export const listMethods = (store: Store): Method[] =>
  [...store.read().methods].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))

export function getMethod(store: Store, id: string): Method {
  const found = store.read().methods.find((m) => m.id === id)
  if (!found) throw gone()
  return found
}

export function createMethod(store: Store, clock: Clock, fields: MethodFields): Promise<Method> {
  return store.update((data) => {
    const now = clock.now()
    const method = { ...fields, id: newId(), createdAt: now, updatedAt: now }
    data.methods.push(method)
    return method
  })
}

/** One field; a translated title emptied is removed; a first translated field starts its language's translation. */
export function editMethod(store: Store, clock: Clock, id: string, edit: FieldEdit): Promise<EditOutcome<Method>> {
  const find = (data: { methods: Method[] }) => data.methods.find((m) => m.id === id) ?? throwGone()
  return editRecord(store, clock, find, (m) => {
    const language = /^translations\.(fr|ar)\./.exec(edit.field)?.[1] as MethodLanguage | undefined
    if (language) m.translations[language] ??= blankMethodTranslation()
    const conflict = applyField(m, edit)
    const lang = /^titles\.(fr|ar)$/.exec(edit.field)?.[1] as 'fr' | 'ar' | undefined
    if (lang && !m.titles[lang]) delete m.titles[lang]
    if (!conflict && m.groupMax !== null && m.groupMax < m.groupMin)
      throw new ServiceError('invalid-input', userMessage('method-group-range'))
    if (!conflict && m.timeMax < m.timeMin) throw new ServiceError('invalid-input', userMessage('method-time-range'))
    return conflict
  })
}

function throwGone(): never {
  throw gone()
}

export function deleteMethod(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.methods, id, gone)
    return throwAway(data, clock, { kind: 'method', label: record.name, parentId: null, record })
  })
}
