/**
 * Just enough of a browser window for the app's modules to load in Node and render their first
 * frame with react-dom/server (render.tsx): the address (no hash: the library), the computer's
 * appearance, and under "desktop" the preload's bridge, whose presence is what the app reads.
 * Only the build's prerender step and its test install it; the app never runs on it.
 */
const media = { dark: false }

export function installNodeWindow(host: 'browser' | 'desktop'): void {
  const g = globalThis as Record<string, unknown>
  g.window = globalThis
  g.location = { hash: '' }
  g.matchMedia = () => ({ matches: media.dark, addEventListener() {}, removeEventListener() {} })
  if (host === 'desktop') g.tc = {}
  else delete g.tc
}

export function setSystemDark(dark: boolean): void {
  media.dark = dark
}
