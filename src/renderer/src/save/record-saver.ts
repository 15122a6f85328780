/**
 * A SaveFn for one field of a record whose channel answers an EditOutcome: sends the
 * field's value and the value it had when typing began, puts the record it gets back
 * in the cache, and answers how the record now shows the field, or the other value.
 */
import type { EditOutcome } from '@shared/edits'
import type { Codec } from './codec'
import type { SaveFn } from './outbox'

export interface RecordField<R, T> {
  codec: Codec<T>
  send(value: unknown, base: unknown): Promise<EditOutcome<R>>
  put(record: R): void
  /** the field's value in a record */
  read(record: R): unknown
}

export function recordSaver<R, T>({ codec, send, put, read }: RecordField<R, T>): SaveFn<T> {
  return async (draft, base) => {
    const outcome = await send(codec.read(draft), codec.read(base))
    put(outcome.record)
    return outcome.conflict
      ? { theirs: codec.show(outcome.conflict.theirs) }
      : { saved: codec.show(read(outcome.record)) }
  }
}
