/**
 * The reader is not part of the first screen, but the first document should open as if it
 * were: once the first area is drawn and the app is idle, the reader's code (pdf.js and its
 * viewer) is fetched and the engine warmed on a bundled page (pdf-setup's warmPdfEngine), then,
 * once the facilitator has been quiet a while, PDFium's page drawer for far jumps (page-drawer.ts).
 */
let started = false

export function warmReaderWhenIdle(preloadArea: () => Promise<unknown>): void {
  if (started) return
  started = true
  requestIdleCallback(
    () => {
      void preloadArea()
      void import('./ReaderPage').then((m) => m.preloadReader())
      void import('./pdf-setup')
        .then((m) => m.warmPdfEngine())
        .then(() => import('./page-drawer'))
        .then((m) => m.warmPageDrawerWhenQuiet())
    },
    { timeout: 3000 },
  )
}
