/**
 * Restoring, in two steps the facilitator sees: a preview of what differs (nothing is
 * written), then the restore itself — after which every screen reloads what it shows,
 * and the answer names the snapshot that keeps the library as it was.
 */
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { FullBackupSource, RestoreDone } from '@shared/backups'
import { call } from '../../api/api'

export type RestoreTarget =
  { kind: 'snapshot'; name: string; label: string } | { kind: 'full'; source: FullBackupSource; label: string }

export function useRestoreFlow() {
  const client = useQueryClient()
  const [target, setTarget] = useState<RestoreTarget | null>(null)
  const [done, setDone] = useState<RestoreDone | null>(null)
  const preview = useQuery({
    queryKey: ['restore-preview', target],
    enabled: !!target,
    retry: false,
    gcTime: 0,
    queryFn: () =>
      target!.kind === 'snapshot'
        ? call('backups:previewSnapshot', { name: target!.name })
        : call('backups:previewFull', { source: target!.source }),
  })
  const restore = useMutation({
    mutationFn: () =>
      target!.kind === 'snapshot'
        ? call('backups:restoreSnapshot', { name: target!.name })
        : call('backups:restoreFull', { source: target!.source }),
    onSuccess: async (answer) => {
      setTarget(null)
      setDone(answer)
      await client.invalidateQueries()
    },
  })
  const open = (next: RestoreTarget) => {
    restore.reset()
    setDone(null)
    setTarget(next)
  }
  return { target, open, close: () => setTarget(null), preview, restore, done }
}
