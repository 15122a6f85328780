// `npm run build`: builds main, preload and renderer with electron-vite, unless
// the last build is newer than every source file (pass --force to build anyway).
import { writeFileSync } from 'node:fs'
import { buildIsFresh, buildStamp, requireModernNode, run } from './lib.mjs'
import { makeStarterPdfs } from './make-starter-pdfs.mjs'
import { prerenderFirstScreen } from './prerender-first-screen.mjs'

requireModernNode()
if (!process.argv.includes('--force') && buildIsFresh()) {
  console.log('Build is up to date.')
  process.exit(0)
}
await makeStarterPdfs()
const code = await run('electron-vite', ['build'])
if (code !== 0) process.exit(code)
try {
  console.log(`First screen drawn ahead in ${await prerenderFirstScreen()} variants.`)
} catch (error) {
  // the app runs without it (the page is served as built); CI's unit tests say why it failed
  console.warn(`The first screen could not be drawn ahead: ${error.stack ?? error}`)
  if (process.env.CI) process.exit(1)
}
writeFileSync(buildStamp, new Date().toISOString())
