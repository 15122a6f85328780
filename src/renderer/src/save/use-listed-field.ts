/**
 * A field of a record the page holds in a cached list (a glossary term, a timeline
 * event, a library resource, an annotation), bound to the one save-as-you-type
 * mechanism. The record is read from the list as the cache holds it now, and the
 * record each save answers replaces it there.
 */
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query'
import type { EditOutcome } from '@shared/edits'
import { useAutosave, type Autosave } from './use-autosave'
import { recordSaver } from './record-saver'
import { asIs, valueAt, type Codec } from './codec'

interface Listed {
  id: string
  updatedAt: string
}

export function putInList<R extends Listed>(client: QueryClient, listKey: QueryKey, record: R): void {
  client.setQueryData<R[]>(listKey, (held) =>
    held?.map((x) => (x.id === record.id && x.updatedAt <= record.updatedAt ? record : x)),
  )
}

export interface ListedField<R, T> {
  listKey: QueryKey
  record: R
  /** a dotted path ('translations.fr.term') */
  field: string
  label: string
  /** where this record's fields live in the outbox ("glossary/<id>/") */
  keys: string
  send(edit: { field: string; value: unknown; base: unknown }): Promise<EditOutcome<R>>
  codec?: Codec<T>
  /** other lists that show the record (a timeline's year views) fetch again after a save */
  alsoShownIn?: QueryKey
}

export function useListedField<R extends Listed, T = string>(o: ListedField<R, T>): Autosave<T> {
  const client = useQueryClient()
  const codec = o.codec ?? asIs<T>()
  const save = recordSaver({
    codec,
    send: (value, base) => o.send({ field: o.field, value, base }),
    put: (record: R) => {
      putInList(client, o.listKey, record)
      if (o.alsoShownIn) void client.invalidateQueries({ queryKey: o.alsoShownIn })
    },
    read: (record) => valueAt(record, o.field),
  })
  const now = client.getQueryData<R[]>(o.listKey)?.find((x) => x.id === o.record.id) ?? o.record
  return useAutosave(o.keys + o.field, codec.show(valueAt(now, o.field)), save, o.label)
}
