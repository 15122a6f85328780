/**
 * How a record the store refuses or sets aside is named to the facilitator: by its
 * title, term, name or text when it has one, else by its id; and what is wrong with
 * it, from its schema's first few complaints.
 */
import type { z } from 'zod'
import { recordKey } from './changes'

export type Raw = Record<string, unknown>

export const isPlainObject = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v)

export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'value'}: ${i.message}`)
    .join('; ')

export const labelOf = (record: unknown): string => {
  const r = isPlainObject(record) ? record : {}
  const name = r.title ?? r.term ?? r.name ?? r.text ?? r.quote
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : recordKey(r) || '?'
}
