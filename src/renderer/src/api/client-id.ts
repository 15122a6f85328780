/**
 * This page's id. The main side names it in the `data:changed` events of the changes
 * this page makes, so the page does not fetch again what it already holds. Under
 * Electron the preload made it (it travels with every IPC call).
 */
declare global {
  interface Window {
    tcClient?: string
  }
}

export const clientId: string = window.tcClient ?? crypto.randomUUID()
