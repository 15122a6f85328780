/**
 * Where the data folder is. Both hosts compute Electron's userData folder the same
 * way so that the desktop app and browser mode open one library; `--data DIR` or
 * TC_DATA_DIR override it; portable mode keeps it beside the app (a USB stick); a
 * folder the facilitator moved it to is remembered in a small location file beside
 * the default folder (never inside it: the old folder may be deleted).
 */
import { basename, dirname, isAbsolute, join } from 'node:path'
import type { DataFolderMode } from '@shared/backups'

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
  /** a picture of the page the reader last showed, per document (derived, never backed up) */
  previews: string
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
    previews: join(root, 'previews'),
    backups: join(root, 'backups'),
    uploads: join(root, 'uploads'),
    lock: join(root, 'training-companion.lock'),
  }
}

export const PORTABLE_MARKER = 'portable'
export const PORTABLE_DATA = 'Training Companion Data'

/** The file remembering where the data folder was moved to (beside the default folder). */
export const locationFile = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string =>
  join(appDataDir(platform, env, home), `${APP_NAME}.location.json`)

/**
 * The folder the app runs from, where portable mode looks for its marker and keeps its data:
 * beside the Windows portable .exe (electron-builder sets PORTABLE_EXECUTABLE_DIR), beside
 * the AppImage file (not its read-only mount), beside the .app bundle on macOS, else
 * beside the executable.
 */
export function appDirOf(platform: NodeJS.Platform, execPath: string, env: NodeJS.ProcessEnv): string {
  if (env.PORTABLE_EXECUTABLE_DIR) return env.PORTABLE_EXECUTABLE_DIR
  if (env.APPIMAGE) return dirname(env.APPIMAGE)
  const dir = dirname(execPath)
  if (platform === 'darwin' && basename(dir) === 'MacOS' && basename(dirname(dir)) === 'Contents')
    return dirname(dirname(dirname(dir)))
  return dir
}

export interface Surroundings {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  home: string
  /** see appDirOf; for browser mode, the app's own folder */
  appDir: string
  exists(path: string): boolean
  readText(path: string): string | undefined
}

/** Portable mode: the Windows portable build, a `portable` file or folder beside the app, `--portable` or TC_PORTABLE=1. */
export function isPortable(w: Pick<Surroundings, 'argv' | 'env' | 'appDir' | 'exists'>): boolean {
  return (
    !!w.env.PORTABLE_EXECUTABLE_DIR ||
    w.argv.includes('--portable') ||
    w.env.TC_PORTABLE === '1' ||
    w.exists(join(w.appDir, PORTABLE_MARKER))
  )
}

function movedTo(text: string | undefined): string | undefined {
  if (!text) return undefined
  try {
    const dir = (JSON.parse(text) as { dataDir?: unknown }).dataDir
    return typeof dir === 'string' && isAbsolute(dir) ? dir : undefined
  } catch {
    return undefined
  }
}

/** Where the data folder is, and why there: --data, TC_DATA_DIR, portable, moved, default — first wins. */
export function resolveDataDir(w: Surroundings): { dir: string; mode: DataFolderMode } {
  const fromArgs = dataDirFromArgs(w.argv, {})
  if (fromArgs) return { dir: fromArgs, mode: 'argument' }
  if (w.env.TC_DATA_DIR) return { dir: w.env.TC_DATA_DIR, mode: 'environment' }
  if (isPortable(w)) return { dir: join(w.appDir, PORTABLE_DATA), mode: 'portable' }
  const moved = movedTo(w.readText(locationFile(w.platform, w.env, w.home)))
  if (moved) return { dir: moved, mode: 'chosen' }
  return { dir: defaultDataDir(w.platform, w.env, w.home), mode: 'default' }
}
