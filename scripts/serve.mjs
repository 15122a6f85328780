// `npm run serve [-- --port N --data DIR]`: browser mode. Builds if needed, then
// serves the app on 127.0.0.1 and prints its URL with a fresh access token.
import { join } from 'node:path'
import { root, requireModernNode, run } from './lib.mjs'

requireModernNode()
const built = await run(process.execPath, [join(root, 'scripts', 'build.mjs')])
if (built !== 0) process.exit(built)
process.exit(await run(process.execPath, [join(root, 'out', 'main', 'server.js'), ...process.argv.slice(2)]))
