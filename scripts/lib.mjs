// Helpers the npm scripts share. They run on the Node that npm puts on PATH
// (the `node` dev dependency, Node 22+), never on an older system Node.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function requireModernNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 22 || (major === 22 && minor < 13)) {
    console.error(
      `Training Companion needs Node 22.13 or newer; this is ${process.version}. ` +
        'Run it through npm (npm start, npm test) so the Node from node_modules is used, or run "npm install" first.',
    )
    process.exit(1)
  }
}

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      resolve(1)
    })
  })
}

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

const buildInputs = [
  'src',
  'resources',
  'tests/bench',
  'scripts',
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
]
export const buildStamp = join(root, 'out', '.build-stamp')

export function buildIsFresh() {
  if (!existsSync(buildStamp)) return false
  const built = statSync(buildStamp).mtimeMs
  return buildInputs.every((p) => newestMtime(join(root, p)) <= built)
}

/** The Electron binary, if its download ever happened (it cannot on an offline machine). */
export function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
