/**
 * The door every change passes before it is written: each record a change added or
 * altered is checked against the same schema the store reads db.json with. A change
 * that would not read back is refused whole, in the facilitator's language, and nothing
 * is written — whichever service made it.
 */
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { collections, singles, type CollectionName, type SingleName } from './schema'
import type { Change } from './changes'
import { describeIssues, labelOf } from './describe'

export function checkChange(change: Change): void {
  for (const [name, value] of Object.entries(change.singles)) {
    const parsed = singles[name as SingleName].safeParse(value)
    if (!parsed.success)
      throw new ServiceError(
        'invalid-record',
        userMessage('write-refused', { what: name, details: describeIssues(parsed.error) }),
      )
  }
  for (const [name, records] of Object.entries(change.put)) {
    const schema = collections[name as CollectionName]
    for (const record of records) {
      const parsed = schema.safeParse(record)
      if (!parsed.success)
        throw new ServiceError(
          'invalid-record',
          userMessage('write-refused', { what: `“${labelOf(record)}”`, details: describeIssues(parsed.error) }),
        )
    }
  }
  for (const name of change.duplicated)
    throw new ServiceError(
      'invalid-record',
      userMessage('write-refused', { what: name, details: 'two records share one id' }),
    )
}
