import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium, noBrowserLine } from './browser.mjs'

describe('the browser the end-to-end tests run in', () => {
  it('is the one TC_CHROMIUM names, when it exists', () => {
    expect(findChromium({ TC_CHROMIUM: process.execPath })).toEqual({ kind: 'named', path: process.execPath })
    expect(findChromium({ TC_CHROMIUM: '/nowhere/chromium' })).toBeNull()
  })

  it('stops npm test before anything runs, with one line saying what to install, when there is none', () => {
    const out = spawnSync(process.execPath, [join(import.meta.dirname, 'test-all.mjs')], {
      env: { ...process.env, TC_CHROMIUM: '/nowhere/chromium' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(out.status).toBe(1)
    expect(out.stdout.trim()).toBe(noBrowserLine)
    expect(out.stdout).not.toContain('=== typecheck')
  })
})
