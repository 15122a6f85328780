/**
 * `npm run serve` ends here: parse the flags, start the core on the data folder,
 * serve the built renderer, and print the URL with its one-time access token.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCore } from '../core'
import { DataFolderBusyError } from '../data-lock'
import { locationFile, resolveDataDir } from '../paths'
import { startBrowserHost } from './server'
import { moveTargetFromArgs, teamFolderFromArgs, portFromArgs } from './args'
import { moveAtStart, remembersLocation } from '../services/data-folder/move-at-start'

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const argv = process.argv.slice(2)
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
  // the same folder the desktop app would open; `--portable` keeps it beside the app (README)
  const where = resolveDataDir({
    argv,
    env: process.env,
    platform: process.platform,
    home: homedir(),
    appDir: root,
    exists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  })
  const location = locationFile(process.platform, process.env, homedir())
  let dataDir = resolve(where.dir)
  const moveTo = moveTargetFromArgs(argv)
  if (moveTo) {
    const moved = await moveAtStart({ from: dataDir, to: resolve(moveTo), mode: where.mode, locationFile: location })
    console.log(`Data folder copied and checked (${moved.files} files): ${moved.to}`)
    console.log(`The old folder ${moved.from} is kept until you delete it.`)
    if (where.mode === 'argument' || where.mode === 'environment')
      console.log(`Start the app with --data "${moved.to}" from now on.`)
    dataDir = moved.to
  }
  const core = await startCore({
    dataFolder: { mode: moveTo && remembersLocation(where.mode) ? 'chosen' : where.mode, locationFile: location },
    dataDir,
    resourcesDir: join(root, 'resources'),
    workerPath: join(root, 'out', 'main', 'extract-worker.js'),
    pictureWorkerPath: join(root, 'out', 'main', 'picture-worker.js'),
    host: 'browser',
    version,
  })
  const team = teamFolderFromArgs(argv)
  if (team) await core.team.setFolder(resolve(team))
  const host = await startBrowserHost({
    core,
    rendererDir: join(root, 'out', 'renderer'),
    token: randomBytes(24).toString('base64url'),
    port: portFromArgs(argv),
  })
  for (const notice of core.notices) console.warn(`Notice: ${notice.text}`)
  console.log(`Data folder: ${dataDir}`)
  console.log(`Training Companion (browser mode) is running at ${host.url}`)
  console.log('Open that address in your browser. Press Ctrl+C to stop.')
  const stop = () => {
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderBusyError) console.error(error.message)
  else console.error(`Training Companion could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
