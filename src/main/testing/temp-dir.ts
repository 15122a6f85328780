import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh folder per test, removed afterwards: tests run against real files. */
export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tc-test-'))
  try {
    return await run(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export const projectRoot = join(import.meta.dirname, '..', '..', '..')
export const resourcesDir = join(projectRoot, 'resources')
export const workerPath = join(projectRoot, 'out', 'main', 'extract-worker.js')
export const corpusDir = join(projectRoot, '..', 'shared', 'corpus')
