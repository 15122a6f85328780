/**
 * Playwright uses its own Chromium where it is installed; on machines where it
 * cannot be downloaded (this one) it uses the system's (scripts/browser.mjs chooses),
 * with flags that keep a headless run from reaching for the network.
 */
import type { LaunchOptions } from '@playwright/test'
import { findChromium } from '../../../scripts/browser.mjs'

/** undefined lets Playwright use its own browser. */
export function chromiumExecutable(): string | undefined {
  const found = findChromium()
  return found?.kind === 'playwright' ? undefined : found?.path
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
