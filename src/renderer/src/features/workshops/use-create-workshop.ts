import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'

/** Creating a workshop, from its list or from the palette: the new record opens on its details. */
export function useCreateWorkshop() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (title: string) => call('workshops:create', { title }),
    onSuccess: (w) => {
      void client.invalidateQueries({ queryKey: ['workshops'] })
      window.location.hash = hrefFor('workshops', w.id, 'details')
    },
  })
}
