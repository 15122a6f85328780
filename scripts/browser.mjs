// Which Chromium the end-to-end tests run in: the one TC_CHROMIUM names, else Playwright's own
// when it is installed, else the system's. `npm test` asks before running anything, tries to
// download Playwright's own where none is found, and otherwise stops with one line saying what
// to install (issue #20 item 7).
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const noBrowserLine =
  'No Chromium for the end-to-end tests: install one (Debian/Ubuntu: apt-get install chromium; ' +
  'elsewhere: npx playwright install chromium) or set TC_CHROMIUM to its path, then run npm test again.'

export function findChromium(env = process.env) {
  if (env.TC_CHROMIUM) return existsSync(env.TC_CHROMIUM) ? { kind: 'named', path: env.TC_CHROMIUM } : null
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return { kind: 'playwright', path: own }
  } catch {
    // Playwright's own browser was never downloaded
  }
  const system = systemChromiums.find((p) => existsSync(p))
  return system ? { kind: 'system', path: system } : null
}
