export const systemChromiums: string[]
export const noBrowserLine: string
export function findChromium(
  env?: Record<string, string | undefined>,
): { kind: 'named' | 'playwright' | 'system'; path: string } | null
