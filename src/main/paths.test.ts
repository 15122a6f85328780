import { describe, expect, it } from 'vitest'
import { dataDirFromArgs, defaultDataDir } from './paths'

describe('where the data lives', () => {
  it('matches Electron userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/amina')).toBe('/home/amina/.config/Training Companion')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/amina')).toBe('/cfg/Training Companion')
    expect(defaultDataDir('darwin', {}, '/Users/amina')).toBe(
      '/Users/amina/Library/Application Support/Training Companion',
    )
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\amina\\AppData\\Roaming' }, 'C:\\Users\\amina')).toContain(
      'Training Companion',
    )
  })

  it('takes --data, --data=, or TC_DATA_DIR, in that order', () => {
    expect(dataDirFromArgs(['--data', '/a'], { TC_DATA_DIR: '/b' })).toBe('/a')
    expect(dataDirFromArgs(['--data=/c'], {})).toBe('/c')
    expect(dataDirFromArgs([], { TC_DATA_DIR: '/b' })).toBe('/b')
    expect(dataDirFromArgs([], {})).toBeUndefined()
  })
})
