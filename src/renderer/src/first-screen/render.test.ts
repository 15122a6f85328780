import { describe, expect, it } from 'vitest'
import { renderFirstScreens } from './render'

describe('the first screen drawn ahead by the build', () => {
  it('depends on nothing but its key: the other settings change nothing in it', async () => {
    const plain = await renderFirstScreens('browser')
    const changed = await renderFirstScreens('browser', {
      readerPanel: 'closed',
      readerPanelWidth: 400,
      readerDarkPages: 'on',
      timelineView: 'year',
      screenTextSize: 200,
      backupsKept: 3,
      backupEveryHours: 2,
    })
    expect(Object.keys(plain)).toHaveLength(12)
    expect(changed).toEqual(plain)
  })

  it("is the library's first frame in the variant's language, appearance and view", async () => {
    const screens = await renderFirstScreens('browser')
    const en = screens['browser.en.light.list']!
    expect(en).toMatch(/<h1[^>]*>Library<\/h1>/)
    expect(en).toContain('class="radix-themes light"')
    expect(en).toContain('Browser mode')
    expect(screens['browser.fr.light.list']).toMatch(/<h1[^>]*>Bibliothèque<\/h1>/)
    expect(screens['browser.ar.dark.list']).toContain('class="radix-themes dark"')
    expect(screens['browser.ar.dark.list']).not.toContain('>Library<')
    const chosen = (html: string) => /<button[^>]*aria-checked="true"[^>]*>.*?<\/button>/.exec(html)?.[0] ?? ''
    expect(chosen(screens['browser.en.light.grid']!)).toContain('Grid')
    expect(chosen(en)).toContain('List')
  })

  it('under the "system" theme is drawn as the app draws it for the computer\'s appearance', async () => {
    expect(await renderFirstScreens('browser', { theme: 'system' })).toEqual(await renderFirstScreens('browser'))
  })

  it("leaves out the tests' handles: they belong to the app's own controls", async () => {
    const screens = await renderFirstScreens('browser')
    expect(Object.values(screens).join('')).not.toContain('data-testid')
  })
})
