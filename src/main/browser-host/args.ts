export function portFromArgs(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='))
  if (i < 0) return 0
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]
  const port = Number(raw)
  if (raw === undefined || raw === '' || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port needs a number from 0 to 65535, got "${raw ?? ''}"`)
  return port
}

/** `--move-data-to DIR` or `--move-data-to=DIR`: move the data folder there before starting. */
export function moveTargetFromArgs(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--move-data-to' || a.startsWith('--move-data-to='))
  if (i < 0) return undefined
  const value = argv[i]!.includes('=') ? argv[i]!.slice('--move-data-to='.length) : argv[i + 1]
  if (!value || value.startsWith('--')) throw new Error('--move-data-to needs the folder to move the data to')
  return value
}

/** `--team DIR` or `--team=DIR`: the team folder (browser mode's pages never name a path). */
export function teamFolderFromArgs(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--team' || a.startsWith('--team='))
  if (i < 0) return undefined
  const value = argv[i]!.includes('=') ? argv[i]!.slice('--team='.length) : argv[i + 1]
  if (!value || value.startsWith('--')) throw new Error('--team needs the team folder')
  return value
}
