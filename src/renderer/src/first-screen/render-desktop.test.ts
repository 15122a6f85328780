import { describe, expect, it } from 'vitest'
import { renderFirstScreens } from './render'

// a file of its own: the app reads its host once, as its modules load
describe('the first screen drawn ahead for the desktop app', () => {
  it('carries the desktop badge, and refuses to draw another host with the same modules', async () => {
    const screens = await renderFirstScreens('desktop')
    expect(Object.keys(screens)).toHaveLength(12)
    expect(screens['desktop.en.light.list']).toContain('>Desktop<')
    expect(screens['desktop.en.light.list']).not.toContain('Browser mode')
    await expect(renderFirstScreens('browser')).rejects.toThrow(/loaded as "desktop"/)
  })
})
