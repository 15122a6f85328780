import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withTempDir } from './testing/temp-dir'
import { placeDurablyIfAbsent } from './durable-write'

describe('placing a file only where none is', () => {
  it('places it when the target is absent, and leaves no temporary file', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'picture.json')
      expect(await placeDurablyIfAbsent(target, (temp) => writeFile(temp, 'drawn'))).toBe(true)
      expect(await readFile(target, 'utf8')).toBe('drawn')
      expect(await readdir(dir)).toEqual(['picture.json'])
    })
  })

  it('keeps a target placed while it was being written', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'picture.json')
      const placed = await placeDurablyIfAbsent(target, async (temp) => {
        await writeFile(temp, 'drawn in the background')
        await writeFile(target, 'kept by the reader')
      })
      expect(placed).toBe(false)
      expect(await readFile(target, 'utf8')).toBe('kept by the reader')
      expect(await readdir(dir)).toEqual(['picture.json'])
    })
  })

  it('copies where the file system has no hard links, and still keeps a target that appeared', async () => {
    await withTempDir(async (dir) => {
      const noLinks = () => Promise.reject(Object.assign(new Error('EISDIR: illegal operation'), { code: 'EISDIR' }))
      const target = join(dir, 'picture.json')
      expect(await placeDurablyIfAbsent(target, (temp) => writeFile(temp, 'drawn'), noLinks)).toBe(true)
      expect(await readFile(target, 'utf8')).toBe('drawn')
      const placed = await placeDurablyIfAbsent(target, (temp) => writeFile(temp, 'drawn again'), noLinks)
      expect(placed).toBe(false)
      expect(await readFile(target, 'utf8')).toBe('drawn')
      expect(await readdir(dir)).toEqual(['picture.json'])
    })
  })
})
