// `npm test`: typecheck, lint, unit tests (vitest) and end-to-end tests
// (Playwright against browser mode), then one closing line with the totals
// taken from the runners' own JSON reports, e.g. "412 passed, 0 failed", after
// the fault suite's figures (src/main/faults writes test-results/faults.txt).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, requireModernNode, run } from './lib.mjs'
import { findChromium, noBrowserLine } from './browser.mjs'

requireModernNode()

let browser = findChromium()
if (!browser && !process.env.TC_CHROMIUM) {
  console.log('No Chromium found for the end-to-end tests: trying to download Playwright’s own…')
  await run('playwright', ['install', 'chromium'], { timeout: 180_000 })
  browser = findChromium()
}
if (!browser) {
  console.log(noBrowserLine)
  process.exit(1)
}
console.log(`End-to-end tests run in ${browser.path}`)
const results = join(root, 'test-results')
rmSync(join(results, 'vitest.json'), { force: true })
rmSync(join(results, 'playwright.json'), { force: true })
rmSync(join(results, 'summary.txt'), { force: true })
rmSync(join(results, 'faults.txt'), { force: true })
mkdirSync(results, { recursive: true })

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['security', process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]],
  [
    'unit',
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`],
  ],
  ['build', process.execPath, [join(root, 'scripts', 'build.mjs')]],
  ['e2e', 'playwright', ['test']],
]

const failedSteps = []
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`)
  const code = await run(command, args)
  if (code !== 0) failedSteps.push(name)
  if (code !== 0 && name === 'build') break
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const vitest = read(join(results, 'vitest.json'))
const playwright = read(join(results, 'playwright.json'))
let passed = 0
let failed = 0
let skipped = 0
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}
const skipReasons = (suite) => [
  ...(suite.specs ?? []).flatMap((spec) =>
    spec.tests.flatMap((t) =>
      t.annotations.filter((a) => a.type === 'skip').map((a) => `${spec.title}: ${a.description ?? 'no reason given'}`),
    ),
  ),
  ...(suite.suites ?? []).flatMap(skipReasons),
]
if (playwright) {
  for (const reason of playwright.suites.flatMap(skipReasons)) console.log(`Skipped e2e — ${reason}`)
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
}
for (const step of ['unit', 'e2e'])
  if (failedSteps.includes(step) && !(step === 'unit' ? vitest : playwright)) failed += 1
const checksFailed = failedSteps.filter((s) => !['unit', 'e2e'].includes(s))
failed += checksFailed.length

console.log('')
const faults = join(results, 'faults.txt')
console.log(
  existsSync(faults) ? readFileSync(faults, 'utf8').trim() : 'fault suite: no figures (it did not run to the end)',
)
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`)
console.log(`Skipped: ${skipped}`)
const summary = `${passed} passed, ${failed} failed`
writeFileSync(join(results, 'summary.txt'), summary + '\n')
console.log(summary)
process.exit(failedSteps.length ? 1 : 0)
