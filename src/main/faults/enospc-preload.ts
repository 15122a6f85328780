/**
 * Where no tiny tmpfs can be mounted (not root, or a container without the
 * right), the full-disk test starts the server with `--import` of this file: while
 * the flag file TC_FAULT_ENOSPC_FLAG exists, every write under TC_FAULT_ENOSPC_DIR
 * fails with ENOSPC, as a full disk would answer. Node strips the types itself.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { resolve } from 'node:path'
import { Writable } from 'node:stream'

const flag = process.env.TC_FAULT_ENOSPC_FLAG ?? ''
const dir = resolve(process.env.TC_FAULT_ENOSPC_DIR ?? '/nonexistent')
const exists = fs.existsSync

const full = (path: unknown) =>
  (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) &&
  resolve(path instanceof URL ? path.pathname : String(path)).startsWith(dir) &&
  exists(flag)

const enospc = (path: unknown) =>
  Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
    path: String(path),
  })

const writes = (flags: unknown) => typeof flags === 'string' && /[wa+]/.test(flags)

type Fn = (...args: unknown[]) => unknown
const p = fs.promises as unknown as Record<string, Fn>
const s = fs as unknown as Record<string, Fn>

function guard(
  target: Record<string, Fn>,
  name: string,
  pathArg: number,
  sync: boolean,
  when = (_: unknown[]) => true,
) {
  const original = target[name]!
  target[name] = function (this: unknown, ...args: unknown[]) {
    if (full(args[pathArg]) && when(args)) {
      if (sync) throw enospc(args[pathArg])
      return Promise.reject(enospc(args[pathArg]))
    }
    return original.apply(this, args)
  }
}

for (const [name, at] of [
  ['writeFile', 0],
  ['appendFile', 0],
  ['copyFile', 1],
  ['cp', 1],
] as const)
  guard(p, name, at, false)
guard(p, 'open', 0, false, (args) => writes(args[1]))
for (const [name, at] of [
  ['writeFileSync', 0],
  ['appendFileSync', 0],
  ['copyFileSync', 1],
] as const)
  guard(s, name, at, true)
guard(s, 'openSync', 0, true, (args) => writes(args[1]))

const createWriteStream = s.createWriteStream!
s.createWriteStream = function (this: unknown, ...args: unknown[]) {
  if (!full(args[0])) return createWriteStream.apply(this, args)
  return new Writable({ write: (_chunk, _encoding, done) => done(enospc(args[0])) })
}

syncBuiltinESMExports()
