import type { Input } from '@shared/contract'
import type { Method } from '@shared/method'
import { call } from '../../api/api'
import type { Codec } from '../../save/codec'
import { useListedField } from '../../save/use-listed-field'

/** One field of a method, saved as it is typed through the one autosave mechanism. */
export function useMethodField(m: Method, field: string, label: string, codec?: Codec<string>) {
  return useListedField({
    listKey: ['methods'],
    record: m,
    field,
    label,
    keys: `methods/${m.id}/`,
    codec,
    send: (edit) => call('methods:edit', { id: m.id, edit: edit as Input<'methods:edit'>['edit'] }),
  })
}
