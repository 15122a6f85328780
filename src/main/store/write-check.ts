/**
 * The door every change passes before it is written: each record a change added or
 * altered is checked against the same schema the store reads db.json with. A change
 * that would not read back is refused whole, in the facilitator's language, and nothing
 * is written — whichever service made it.
 */
import type { z } from 'zod'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { collections, singles, type CollectionName, type SingleName } from './schema'
import { recordKey, type Change } from './changes'

const describe = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'value'}: ${issue.message}`)
    .join('; ')

const labelOf = (record: Record<string, unknown>): string => {
  const name = record.title ?? record.term ?? record.quote
  return typeof name === 'string' && name.trim() ? `“${name.trim().slice(0, 60)}”` : recordKey(record)
}

export function checkChange(change: Change): void {
  for (const [name, value] of Object.entries(change.singles)) {
    const parsed = singles[name as SingleName].safeParse(value)
    if (!parsed.success)
      throw new ServiceError(
        'invalid-record',
        userMessage('write-refused', { what: name, details: describe(parsed.error) }),
      )
  }
  for (const [name, records] of Object.entries(change.put)) {
    const schema = collections[name as CollectionName]
    for (const record of records) {
      const parsed = schema.safeParse(record)
      if (!parsed.success)
        throw new ServiceError(
          'invalid-record',
          userMessage('write-refused', { what: labelOf(record), details: describe(parsed.error) }),
        )
    }
  }
  for (const name of change.duplicated)
    throw new ServiceError(
      'invalid-record',
      userMessage('write-refused', { what: name, details: 'two records share one id' }),
    )
}
