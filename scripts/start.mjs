// `npm start`: the desktop app. Where the Electron binary is missing (offline
// install, or a build machine that cannot download it) say so in one line and
// start browser mode instead, so this command always gets the user into the app.
import { join } from 'node:path'
import { electronBinary, root, requireModernNode, run } from './lib.mjs'

requireModernNode()
const built = await run(process.execPath, [join(root, 'scripts', 'build.mjs')])
if (built !== 0) process.exit(built)
const args = process.argv.slice(2)
const electron = electronBinary()
if (electron) {
  process.exit(await run(electron, [root, ...args]))
} else {
  console.log(
    'The Electron binary is not installed here (see README, "Offline install"); starting browser mode instead.',
  )
  process.exit(await run(process.execPath, [join(root, 'out', 'main', 'server.js'), ...args]))
}
