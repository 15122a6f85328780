import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { blankScenario } from './blank'

/** Creating a scenario, from its list or from the palette: it starts with one role and one phase and opens in the editor. */
export function useCreateScenario() {
  const { t } = useTranslation()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (title: string) =>
      call('scenarios:create', {
        fields: blankScenario(title, {
          role: t('scenarios.edit.roleN', { n: 1 }),
          phase: t('scenarios.edit.phaseN', { n: 1 }),
        }),
      }),
    onSuccess: (s) => {
      void client.invalidateQueries({ queryKey: ['scenarios'] })
      window.location.hash = hrefFor('scenarios', s.id, 'edit')
    },
  })
}
