/**
 * Playwright uses its own Chromium where it is installed; on machines where it
 * cannot be downloaded (this one) it uses Debian's /usr/bin/chromium with flags
 * that keep a headless run from reaching for the network.
 */
import { existsSync } from 'node:fs'
import { chromium, type LaunchOptions } from '@playwright/test'

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function chromiumExecutable(): string | undefined {
  if (process.env.TC_CHROMIUM) return process.env.TC_CHROMIUM
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {
    // Playwright's own browser is not installed
  }
  return systemCandidates.find((p) => existsSync(p))
}

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumExecutable(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }
}
