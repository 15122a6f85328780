/**
 * A disk that can be filled on demand. As root, a real 4 MB tmpfs is mounted and
 * filled with a filler file (leaving a chosen number of bytes free); elsewhere the
 * server is started with enospc-preload.ts and a flag file turns writes into
 * ENOSPC — all or nothing, and the output says which it was. TC_FAULT_DISK=inject
 * chooses the second even as root.
 */
import { execFileSync } from 'node:child_process'
import { open, mkdir, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface Disk {
  kind: 'tmpfs (4 MB)' | 'injected ENOSPC (no tmpfs mount here)'
  dataDir: string
  nodeArgs: string[]
  env: NodeJS.ProcessEnv
  /** fills the disk, leaving about `leave` bytes (tmpfs only; injected is always completely full) */
  fill(leave?: number): Promise<void>
  free(): Promise<void>
  close(): Promise<void>
}

async function fillFile(path: string): Promise<number> {
  const handle = await open(path, 'a')
  let written = 0
  try {
    for (const size of [1 << 16, 1 << 12, 1 << 9]) {
      const chunk = Buffer.alloc(size, 0x2e)
      for (;;) {
        try {
          await handle.write(chunk)
          written += size
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
          break
        }
      }
    }
    return written
  } finally {
    await handle.close()
  }
}

function tryTmpfs(mountPoint: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export async function makeDisk(work: string): Promise<Disk> {
  const mountPoint = join(work, 'tiny-disk')
  await mkdir(mountPoint, { recursive: true })
  if (process.env.TC_FAULT_DISK !== 'inject' && tryTmpfs(mountPoint)) {
    const filler = join(mountPoint, 'filler')
    return {
      kind: 'tmpfs (4 MB)',
      dataDir: join(mountPoint, 'data'),
      nodeArgs: [],
      env: {},
      fill: async (leave = 0) => {
        const written = await fillFile(filler)
        if (leave) await truncate(filler, Math.max(0, written - leave))
      },
      free: () => rm(filler, { force: true }),
      close: async () => {
        execFileSync('umount', ['-l', mountPoint], { stdio: 'ignore' })
      },
    }
  }
  const flag = join(work, 'disk-full-flag')
  const dataDir = join(mountPoint, 'data')
  return {
    kind: 'injected ENOSPC (no tmpfs mount here)',
    dataDir,
    nodeArgs: ['--import', join(import.meta.dirname, 'enospc-preload.ts')],
    env: { TC_FAULT_ENOSPC_FLAG: flag, TC_FAULT_ENOSPC_DIR: dataDir },
    fill: () => writeFile(flag, 'full'),
    free: () => rm(flag, { force: true }),
    close: async () => undefined,
  }
}
