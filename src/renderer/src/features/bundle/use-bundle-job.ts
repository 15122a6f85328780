/**
 * A bundle job seen from its dialog: the page names each job (so it can cancel it) and
 * hears its progress on the app's one progress event, `import:progress`, under the
 * batch `bundle:<job>` (the library's import ignores those).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportProgress } from '@shared/contract'
import { call } from '../../api/api'
import { events } from '../../api/events'

export function useBundleJob() {
  const job = useRef<string | null>(null)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [running, setRunning] = useState(false)

  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type === 'import:progress' && job.current && event.payload.batchId === `bundle:${job.current}`)
          setProgress(event.payload)
      }),
    [],
  )

  /** Runs `work` as a new job; its progress is shown while it runs. */
  const run = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID()
    job.current = jobId
    setRunning(true)
    setProgress(null)
    try {
      return await work(jobId)
    } finally {
      setRunning(false)
    }
  }, [])

  const cancel = useCallback(() => {
    const jobId = job.current
    if (jobId) void call('bundle:cancel', { jobId }).catch(() => undefined)
  }, [])
  return { running, progress, run, cancel }
}
