import { useCallback } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Method } from '@shared/method'
import { blankMethod, methodTitle } from '@shared/method-basics'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'

/** The methods library, as every screen that shows methods holds it. */
export const useMethods = () => useQuery({ queryKey: ['methods'], queryFn: () => call('methods:list') })

/** A method's name as the interface language has it. */
export function useMethodTitle(): (m: Pick<Method, 'name' | 'titles'>) => string {
  const { i18n } = useTranslation()
  const language = i18n.language
  return useCallback((m) => methodTitle(m, language), [language])
}

/** Creating a method, from its list or from the palette: it opens on its page with its fields to fill in. */
export function useCreateMethod() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => call('methods:create', { fields: blankMethod(name) }),
    onSuccess: (m) => {
      void client.invalidateQueries({ queryKey: ['methods'] })
      window.location.hash = hrefFor('methods', m.id, 'edit')
    },
  })
}
