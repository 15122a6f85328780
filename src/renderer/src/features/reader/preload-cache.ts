/**
 * One document's bytes fetched ahead: the reader asks for them while React is
 * still drawing it, and pdf.js gets them when its viewer is ready. Holds at most
 * one file; hands its bytes over once; asking again for the same file fetches
 * nothing; files over the size limit are left to pdf.js's own range loading.
 */
export type FetchBytes = (url: string) => Promise<Uint8Array | null>

export function createPreloadCache(fetchBytes: FetchBytes, limit: number) {
  let held: { url: string; bytes: Promise<Uint8Array | null> | null } | null = null
  return {
    preload(url: string, size: number): void {
      if (held?.url === url || size > limit) return
      held = { url, bytes: fetchBytes(url).catch(() => null) }
    },
    /** The bytes if this file was preloaded and not yet taken; null means "load it yourself". */
    take(url: string): Promise<Uint8Array | null> | null {
      if (held?.url !== url) return null
      const { bytes } = held
      held.bytes = null
      return bytes
    },
    /** The facilitator left before the document opened: let the bytes go. */
    drop(url: string | null): void {
      if (held?.url === url) held = null
    },
  }
}
