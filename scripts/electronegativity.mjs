// npm test's security step: Electronegativity over src/, judged by its SARIF output (the
// tool exits 0 whatever it finds). Every finding must be in security/electronegativity-allow.json,
// which says why each one is a false positive here. Runs offline (it may say it cannot
// fetch Electron's releases; the checks themselves need no network).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, run } from './lib.mjs'

const sarif = join(root, 'test-results', 'electronegativity.sarif')
const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version
const code = await run(join(root, 'node_modules', '.bin', 'electronegativity'), [
  '-i',
  'src',
  '-r',
  '-e',
  electron,
  '-o',
  sarif,
  '-v',
  'false',
])
if (code !== 0) process.exit(code)
const { allowed } = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8'))
const results = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((r) => r.results)
const where = (r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'
const unexplained = results.filter((r) => !allowed.some((a) => a.rule === r.ruleId && a.file === where(r)))
for (const r of unexplained) console.log(`Electronegativity: ${r.ruleId} at ${where(r)} — ${r.message?.text}`)
console.log(
  `Electronegativity: ${results.length} findings, ${results.length - unexplained.length} in the reviewed allow-list, ${unexplained.length} outside it`,
)
process.exit(unexplained.length ? 1 : 0)
