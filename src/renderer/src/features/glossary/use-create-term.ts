import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { GlossaryFields, GlossaryTerm } from '@shared/glossary'
import { call } from '../../api/api'

/** Adding a glossary term, from the glossary or from the palette; `onCreated` closes the dialog that asked. */
export function useCreateTerm(onCreated: (term: GlossaryTerm) => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (fields: GlossaryFields) => call('glossary:create', { fields }),
    onSuccess: (term) => {
      void client.invalidateQueries({ queryKey: ['glossary'] })
      onCreated(term)
    },
  })
}
