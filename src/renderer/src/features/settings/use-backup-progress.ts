/** The progress of a full backup, a restore or a move, as the main side reports it (`backups:progress`). */
import { useEffect, useState } from 'react'
import type { BackupProgress } from '@shared/backups'
import { events } from '../../api/events'

export function useBackupProgress(running: boolean): BackupProgress | null {
  const [progress, setProgress] = useState<BackupProgress | null>(null)
  useEffect(() => {
    if (!running) return
    const unsubscribe = events.subscribe((event) => {
      if (event.type === 'backups:progress') setProgress(event.payload)
    })
    return () => {
      unsubscribe()
      setProgress(null)
    }
  }, [running])
  return running ? progress : null
}
