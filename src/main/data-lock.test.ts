import { describe, expect, it } from 'vitest'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { withTempDir } from './testing/temp-dir'
import { acquireDataLock, DataFolderBusyError } from './data-lock'

describe('the data-folder lock', () => {
  it('lets one process in and tells a second one clearly', async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'x.lock')
      const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
      try {
        acquireDataLock(lock, dir, other.pid!)
        expect(() => acquireDataLock(lock, dir)).toThrow(DataFolderBusyError)
        expect(() => acquireDataLock(lock, dir)).toThrow(/already using the data folder/)
      } finally {
        other.kill()
      }
    })
  })

  it('takes over a lock left by a process that no longer runs, and releases it', async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'x.lock')
      writeFileSync(lock, '99999999')
      const release = acquireDataLock(lock, dir)
      expect(existsSync(lock)).toBe(true)
      release()
      expect(existsSync(lock)).toBe(false)
    })
  })
})
