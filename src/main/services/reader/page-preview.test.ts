import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memoryHandlerDeps } from '../../testing/handler-deps'
import { createDispatcher } from '../../dispatch'
import { createHandlers } from '../../handlers'
import { dataPaths } from '../../paths'
import { previewPath, removeContent, sweepOrphans } from '../library/content-store'

const sha = 'a'.repeat(64)
const webp = (body = 'VP8L picture') =>
  'data:image/webp;base64,' +
  Buffer.concat([Buffer.from('RIFF\x20\x00\x00\x00WEBP'), Buffer.from(body)]).toString('base64')
const png = 'data:image/webp;base64,' + Buffer.from('\x89PNG\r\n\x1a\n0000000000').toString('base64')
const preview = { page: 3, width: 816, height: 1056, fit: { width: 816, height: 1056 }, image: webp() }

async function setup() {
  const deps = { ...memoryHandlerDeps(), paths: dataPaths(await mkdtemp(join(tmpdir(), 'tc-preview-'))) }
  await mkdir(deps.paths.previews)
  await deps.store.update((d) => {
    const base = { createdAt: 'x', updatedAt: 'x', kind: 'handbook' as const, authors: [], publisher: '', year: 2016 }
    const rest = { language: 'en', region: '', tags: [], summary: '', licence: '', citation: '', obtainFrom: '' }
    const file = { sha256: sha, originalName: 'manual.pdf', bytes: 1000, pages: 10, outline: [], hasText: true }
    d.resources.push({ id: 'r1', title: 'Manual', ...base, ...rest, file, source: 'import' } as never)
    d.resources.push({ id: 'r2', title: 'No file', ...base, ...rest, file: null, source: 'starter' } as never)
  })
  return { deps, dispatch: createDispatcher(createHandlers(deps), () => undefined) }
}

describe('the picture of the page a reader left', () => {
  it('is kept beside the PDF and given back as it was saved', async () => {
    const { deps, dispatch } = await setup()
    expect(await dispatch('reader:getPreview', { resourceId: 'r1' })).toEqual({ ok: true, value: null })
    expect(await dispatch('reader:savePreview', { resourceId: 'r1', preview })).toEqual({ ok: true, value: undefined })
    expect(await readdir(deps.paths.previews)).toEqual([`${sha}.json`])
    expect(await dispatch('reader:getPreview', { resourceId: 'r1' })).toEqual({ ok: true, value: preview })
    const later = { ...preview, page: 7, image: webp('another page') }
    await dispatch('reader:savePreview', { resourceId: 'r1', preview: later })
    expect(await dispatch('reader:getPreview', { resourceId: 'r1' })).toEqual({ ok: true, value: later })
  })

  it('refuses what is not a WebP of a page of this document, and keeps the picture it had', async () => {
    const { dispatch } = await setup()
    await dispatch('reader:savePreview', { resourceId: 'r1', preview })
    for (const [resourceId, wrong] of [
      ['r1', { ...preview, image: png }],
      ['r1', { ...preview, image: 'data:image/svg+xml;base64,PHN2Zz4=' }],
      ['r1', { ...preview, image: preview.image + '<script>' }],
      ['r1', { ...preview, page: 11 }],
      ['r1', { ...preview, extra: 1 }],
      ['r2', preview],
    ] as const) {
      const refused = await dispatch('reader:savePreview', { resourceId, preview: wrong })
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(await dispatch('reader:getPreview', { resourceId: 'r1' })).toEqual({ ok: true, value: preview })
    expect(await dispatch('reader:getPreview', { resourceId: 'r2' })).toEqual({ ok: true, value: null })
  })

  it('is no picture at all when its file was damaged or changed by hand', async () => {
    const { deps, dispatch } = await setup()
    for (const body of [
      '{"page":3',
      JSON.stringify({ ...preview, image: png }),
      JSON.stringify({ ...preview, page: 0 }),
    ]) {
      await writeFile(previewPath(deps.paths, sha), body)
      expect(await dispatch('reader:getPreview', { resourceId: 'r1' })).toEqual({ ok: true, value: null })
    }
  })

  it('goes with the PDF, and is swept when no record points at its PDF', async () => {
    const { deps, dispatch } = await setup()
    await dispatch('reader:savePreview', { resourceId: 'r1', preview })
    await removeContent(deps.paths, sha)
    expect(await readdir(deps.paths.previews)).toEqual([])
    await dispatch('reader:savePreview', { resourceId: 'r1', preview })
    expect(await sweepOrphans(deps.paths, new Set([sha]))).toEqual([])
    expect(await sweepOrphans(deps.paths, new Set())).toEqual([`${sha}.json`])
  })
})
