/**
 * The real browser-mode server (out/main/server.js) as a child process on a data
 * folder, driven over its HTTP API with the printed token — the same door the
 * renderer uses. Start-up can be interrupted: `ready` rejects if the process ends
 * before it prints its address.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { projectRoot } from '../testing/temp-dir'

export interface Answer {
  ok: boolean
  value?: unknown
  error?: { code: string; message: string }
}

export interface ServerProcess {
  child: ChildProcess
  ready: Promise<void>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  alive(): boolean
  output(): string
  call(channel: string, input?: unknown): Promise<Answer>
  upload(bytes: Uint8Array): Promise<Answer>
  kill9(): Promise<void>
  stop(): Promise<void>
}

export const serverPath = join(projectRoot, 'out', 'main', 'server.js')

const running = new Set<ServerProcess>()

/** Kills whatever a failed test left running. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.kill9()))
}

export function startServer(dataDir: string, options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--data', dataDir], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let origin = ''
  let token = ''
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at (http:\/\/\S+)/.exec(output)
      if (match && !origin) {
        const url = new URL(match[1]!)
        origin = url.origin
        token = url.searchParams.get('token') ?? ''
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    void exited.then(({ code, signal }) => reject(new Error(`server ended (${signal ?? code}) before it was ready`)))
  })
  ready.catch(() => undefined)
  const post = async (path: string, body: string | Uint8Array) => {
    const res = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'x-tc-token': token }, body })
    return (await res.json()) as Answer
  }
  const alive = () => child.exitCode === null && child.signalCode === null
  const server: ServerProcess = {
    child,
    ready,
    exited,
    alive,
    output: () => output,
    call: (channel, input) => post(`/api/${channel}`, input === undefined ? '' : JSON.stringify(input)),
    upload: (bytes) => post('/upload', bytes),
    kill9: async () => {
      if (alive()) child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      if (alive()) child.kill('SIGTERM')
      await exited
    },
  }
  running.add(server)
  void exited.then(() => running.delete(server))
  return server
}

/** A value the API answered, or a thrown error naming the channel and the refusal. */
export async function must<T>(answer: Promise<Answer>, what: string): Promise<T> {
  const a = await answer
  if (!a.ok) throw new Error(`${what} was refused: ${a.error?.code} ${a.error?.message}`)
  return a.value as T
}
