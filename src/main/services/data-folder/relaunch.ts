/**
 * The arguments the desktop app restarts with after its data folder moved: the same as
 * before, but a `--data` it was started with now names the new folder (the location
 * file covers the default case, but an explicit flag would otherwise win over it).
 */
import type { DataFolderMode } from '@shared/backups'

export function dataDirArgs(args: readonly string[], newDir: string, mode: DataFolderMode): string[] {
  const kept: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data') i++
    else if (!args[i]!.startsWith('--data=')) kept.push(args[i]!)
  }
  return mode === 'argument' ? [...kept, '--data', newDir] : kept
}
