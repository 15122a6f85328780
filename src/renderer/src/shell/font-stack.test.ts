import { describe, expect, it } from 'vitest'
import { systemFontFirst } from './font-stack'

const agents = {
  linux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  electronLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) training-companion/0.1.0 Chrome/142.0.0.0 Electron/39.0.0 Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
}

describe('the font stack', () => {
  it('names the system font first on Linux, in Chromium and in the desktop app', () => {
    expect(systemFontFirst(agents.linux)).toBe(true)
    expect(systemFontFirst(agents.electronLinux)).toBe(true)
  })

  it("keeps Radix Themes' own stack on Windows and macOS, where it finds the system font at once", () => {
    expect(systemFontFirst(agents.windows)).toBe(false)
    expect(systemFontFirst(agents.mac)).toBe(false)
    expect(systemFontFirst(agents.android)).toBe(false)
  })
})
