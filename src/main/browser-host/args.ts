export function portFromArgs(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='))
  if (i < 0) return 0
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]
  const port = Number(raw)
  if (raw === undefined || raw === '' || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port needs a number from 0 to 65535, got "${raw ?? ''}"`)
  return port
}
