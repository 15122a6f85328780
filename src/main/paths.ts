/**
 * Where the data folder is. Both hosts compute Electron's userData folder the same
 * way so that the desktop app and browser mode open one library; `--data DIR` or
 * TC_DATA_DIR override it.
 */
import { join } from 'node:path'

export const APP_NAME = 'Training Companion'

export function appDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support')
  return env.XDG_CONFIG_HOME ?? join(home, '.config')
}

export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  return join(appDataDir(platform, env, home), APP_NAME)
}

/** `--data DIR`, `--data=DIR`, else TC_DATA_DIR, else undefined. */
export function dataDirFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--data' && argv[i + 1]) return argv[i + 1]
    if (arg.startsWith('--data=')) return arg.slice('--data='.length)
  }
  return env.TC_DATA_DIR || undefined
}

export interface DataPaths {
  root: string
  db: string
  files: string
  text: string
  index: string
  backups: string
  uploads: string
  lock: string
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    db: join(root, 'db.json'),
    files: join(root, 'files'),
    text: join(root, 'text'),
    index: join(root, 'index'),
    backups: join(root, 'backups'),
    uploads: join(root, 'uploads'),
    lock: join(root, 'training-companion.lock'),
  }
}
