export const warmupPdfPath: string
export function makeWarmupPdf(target?: string): Promise<void>
