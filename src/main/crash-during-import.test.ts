/**
 * Kill -9 the browser-mode server in the middle of an import, start again on the
 * same data folder, and find every earlier record intact and nothing half-written.
 */
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { projectRoot, resourcesDir, withTempDir, workerPath } from './testing/temp-dir'
import { makeTextPdf } from './testing/pdf-fixtures'
import { startCore } from './core'

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, [join(projectRoot, 'out', 'main', 'server.js'), '--data', dataDir])
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      output += c
      const m = /running at (\S+)/.exec(output)
      if (m) resolve(m[1]!)
    })
    child.on('exit', () => reject(new Error(output)))
  })
  const { origin, searchParams } = new URL(url)
  const token = searchParams.get('token')!
  const call = async (channel: string, input: unknown) => {
    const res = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'x-tc-token': token },
      body: JSON.stringify(input),
    })
    return res.json() as Promise<{ ok: boolean; value?: unknown }>
  }
  const importFile = async (path: string) => {
    const res = await fetch(`${origin}/upload`, {
      method: 'POST',
      headers: { 'x-tc-token': token },
      body: await readFile(path),
    })
    const { value } = (await res.json()) as { value: { uploadId: string } }
    return call('library:import', { sources: [{ uploadId: value.uploadId, name: basename(path) }] })
  }
  return { child, origin, token, call, importFile }
}

describe('killing the process during an import', () => {
  it('leaves a library that opens with every earlier record intact', { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const dataDir = join(dir, 'data')
      const small = await makeTextPdf(dir, 'earlier.pdf', ['Earlier import', 'Second page'])
      const big = await makeTextPdf(
        dir,
        'big.pdf',
        Array.from({ length: 1500 }, (_, i) => `Page ${i + 1} of a long manual on coordination.`),
      )
      const server = await startServer(dataDir)
      const first = await server.importFile(small)
      expect(first.ok).toBe(true)
      const before = ((await server.call('library:list', undefined)).value as { id: string; title: string }[]).map(
        (r) => r.id,
      )

      const events = await fetch(`${server.origin}/events`, { headers: { 'x-tc-token': server.token } })
      const reader = events.body!.getReader()
      void server.importFile(big).catch(() => undefined)
      let seen = ''
      while (!/"pagesDone":[1-9]/.test(seen)) seen += new TextDecoder().decode((await reader.read()).value)
      server.child.kill('SIGKILL')
      await new Promise((r) => server.child.once('exit', r))

      const core = await startCore({ dataDir, resourcesDir, workerPath, host: 'browser', version: 'test' })
      try {
        const after = core.store.read().resources
        expect(after.map((r) => r.id).sort()).toEqual(before.sort())
        expect(after.some((r) => r.file?.originalName === 'big.pdf')).toBe(false)
        const referenced = after.flatMap((r) => (r.file ? [r.file.sha256] : []))
        const files = await readdir(join(dataDir, 'files'))
        const texts = await readdir(join(dataDir, 'text'))
        expect(files.sort()).toEqual(referenced.map((s) => `${s}.pdf`).sort())
        expect(texts.sort()).toEqual(referenced.map((s) => `${s}.json`).sort())
        expect(core.notices).toEqual([])
      } finally {
        await core.close()
      }
    })
  })
})
