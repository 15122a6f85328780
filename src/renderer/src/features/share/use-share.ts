/** The participant share as the renderer holds it: one status query, and start/stop that put their answer in it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ShareStart } from '@shared/participant-share'
import { call } from '../../api/api'

export const shareKey = ['share-status']

export function useShare() {
  const client = useQueryClient()
  const status = useQuery({ queryKey: shareKey, queryFn: () => call('share:status'), refetchInterval: 10_000 })
  const start = useMutation({
    mutationFn: (input: ShareStart) => call('share:start', input),
    onSuccess: (value) => client.setQueryData(shareKey, value),
  })
  const stop = useMutation({
    mutationFn: () => call('share:stop'),
    onSuccess: (value) => client.setQueryData(shareKey, value),
  })
  return { status, start, stop }
}
