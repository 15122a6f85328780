/** The team-folder simulation (`npm run simulate:team`): not part of the unit tests. */
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared'), '@renderer': resolve('src/renderer/src') } },
  test: { include: ['scripts/**/*.sim.ts'], environment: 'node', testTimeout: 3_600_000, pool: 'forks' },
})
