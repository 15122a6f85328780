import { describe, expect, it } from 'vitest'
import { panelStartsOpen } from './panel-layout'

describe('the side panel at start', () => {
  it('opens by itself only in a wide window, and otherwise as it was left', () => {
    expect(panelStartsOpen('auto', 1024)).toBe(false)
    expect(panelStartsOpen('auto', 1440)).toBe(true)
    expect(panelStartsOpen('open', 800)).toBe(true)
    expect(panelStartsOpen('closed', 1920)).toBe(false)
  })
})
