/**
 * One contender in the data-lock race (data-lock.test.ts): a separate Node process, run
 * from source by Node's type stripping. Each round it waits for the shared start time,
 * tries to take the lock, says how it went, and holds the lock until told to let go.
 */
import { pathToFileURL } from 'node:url'

type Round = { lockModule: string; lockPath: string; startAt: number; hardLinks: boolean }
type Outcome = { got: true } | { got: false; busyPid?: number; error?: string }

const send = (message: unknown) => process.send?.(message)
let release: (() => void) | undefined

async function contend({ lockModule, lockPath, startAt, hardLinks }: Round): Promise<Outcome> {
  const { acquireDataLock, DataFolderBusyError } = await import(pathToFileURL(lockModule).href)
  while (Date.now() < startAt);
  try {
    release = acquireDataLock(lockPath, 'the data folder', process.pid, { hardLinks })
    return { got: true }
  } catch (error) {
    if (error instanceof DataFolderBusyError) return { got: false, busyPid: (error as { pid: number }).pid }
    return { got: false, error: String(error) }
  }
}

process.on('message', (message: { round?: Round; letGo?: true }) => {
  if (message.round) void contend(message.round).then(send)
  if (message.letGo) {
    release?.()
    release = undefined
    send({ released: true })
  }
})
send({ ready: true })
