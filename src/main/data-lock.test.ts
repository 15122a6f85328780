import { describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
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

  it('takes over a lock that names its own pid (a restart that got the same pid)', async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'x.lock')
      writeFileSync(lock, String(process.pid))
      acquireDataLock(lock, dir)()
      expect(existsSync(lock)).toBe(false)
    })
  })

  it('releases only a lock that still names its owner', async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'x.lock')
      const release = acquireDataLock(lock, dir)
      writeFileSync(lock, '12345')
      release()
      expect(readFileSync(lock, 'utf8')).toBe('12345')
    })
  })

  it('waits for a lock without a pid while it may be being written, then takes it over', async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'x.lock')
      writeFileSync(lock, '')
      const fourSecondsAgo = (Date.now() - 4_000) / 1000
      utimesSync(lock, fourSecondsAgo, fourSecondsAgo)
      const started = Date.now()
      acquireDataLock(lock, dir, process.pid, { hardLinks: false })
      expect(Date.now() - started).toBeGreaterThan(500)
      expect(readFileSync(lock, 'utf8')).toBe(String(process.pid))
    })
  })

  it('breaks a takeover mutex left by a process that died holding it', async () => {
    await withTempDir(async (dir) => {
      const lock = join(dir, 'x.lock')
      writeFileSync(lock, '99999999')
      mkdirSync(`${lock}.takeover`)
      const nineSecondsAgo = (Date.now() - 9_500) / 1000
      utimesSync(`${lock}.takeover`, nineSecondsAgo, nineSecondsAgo)
      acquireDataLock(lock, dir)
      expect(readFileSync(lock, 'utf8')).toBe(String(process.pid))
      expect(existsSync(`${lock}.takeover`)).toBe(false)
    })
  })
})
