/**
 * Snapshots while the app runs: the first one as soon as the first run has loaded the
 * starter library (before, a library had none until its second start), then one
 * whenever the newest is older than `settings.backupEveryHours` and something has
 * changed since — an idle library does not push useful snapshots out with copies of
 * itself. Failures are told once and tried again at the next check (background.ts).
 */
import type { Store } from '../../store/store'
import { inBackground, type Notify } from '../background'
import { listBackups, parseSnapshotName } from './snapshot-files'

const HOUR_MS = 60 * 60 * 1000
export const CHECK_EVERY_MS = 5 * 60 * 1000

export interface ScheduleOptions {
  store: Store
  backupsDir: string
  snapshot(reason: string): Promise<string>
  notify: Notify
  now?: () => Date
}

export interface SnapshotSchedule {
  /** Takes a snapshot if one is due; answers whether it took one. */
  tick(): Promise<boolean>
  stop(): void
}

export function scheduleSnapshots(
  { store, backupsDir, snapshot, notify, now = () => new Date() }: ScheduleOptions,
  checkEveryMs = CHECK_EVERY_MS,
): SnapshotSchedule {
  let changed = false
  const unsubscribe = store.subscribe(() => (changed = true))
  const take = (reason: string) =>
    inBackground(
      async () => {
        await snapshot(reason)
        changed = false
      },
      'backup',
      notify,
    )
  const tick = async () => {
    const [newest] = await listBackups(backupsDir)
    if (!newest) return take('first-run')
    const at = Date.parse(parseSnapshotName(newest)?.at ?? '')
    const every = store.read().settings.backupEveryHours * HOUR_MS
    if (!changed || now().getTime() - at < every) return false
    return take('scheduled')
  }
  let running = Promise.resolve<unknown>(undefined)
  const timer = setInterval(() => void (running = running.then(tick)), checkEveryMs)
  timer.unref()
  return {
    tick: () => (running = running.then(tick)) as Promise<boolean>,
    stop: () => {
      clearInterval(timer)
      unsubscribe()
    },
  }
}
