export const root: string
export function requireModernNode(): void
export function run(command: string, args: string[], options?: object): Promise<number>
export function buildIsFresh(): boolean
export const buildStamp: string
export function electronBinary(): string | null
