// `npm run bench [-- CORPUS_DIR] [--runs N]`: builds if needed, then runs the benchmark.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { root, requireModernNode, run } from './lib.mjs'

requireModernNode()
const built = await run(process.execPath, [join(root, 'scripts', 'build.mjs')])
if (built !== 0) process.exit(built)
mkdirSync(join(root, 'test-results'), { recursive: true })
process.exit(
  await run(process.execPath, ['--expose-gc', join(root, 'out', 'main', 'bench.js'), ...process.argv.slice(2)]),
)
