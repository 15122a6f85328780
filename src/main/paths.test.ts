import { describe, expect, it } from 'vitest'
import { appDirOf, dataDirFromArgs, defaultDataDir, isPortable, resolveDataDir } from './paths'

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

describe('portable mode and a moved data folder', () => {
  const base = {
    argv: [] as string[],
    env: {} as NodeJS.ProcessEnv,
    platform: 'linux' as NodeJS.Platform,
    home: '/home/amina',
    appDir: '/media/stick/Training Companion',
    exists: () => false,
    readText: () => undefined,
  }

  it('keeps data beside the app when a `portable` marker is there, or --portable / TC_PORTABLE=1', () => {
    const marker = { ...base, exists: (p: string) => p === '/media/stick/Training Companion/portable' }
    expect(resolveDataDir(marker)).toEqual({
      dir: '/media/stick/Training Companion/Training Companion Data',
      mode: 'portable',
    })
    expect(resolveDataDir({ ...base, argv: ['--portable'] }).mode).toBe('portable')
    expect(resolveDataDir({ ...base, env: { TC_PORTABLE: '1' } }).mode).toBe('portable')
    expect(resolveDataDir(base)).toEqual({ dir: '/home/amina/.config/Training Companion', mode: 'default' })
  })

  it('puts --data and TC_DATA_DIR before portable mode, and portable before a remembered move', () => {
    const everything = {
      ...base,
      argv: ['--data', '/a'],
      env: { TC_DATA_DIR: '/b', TC_PORTABLE: '1' },
      readText: () => '{"dataDir":"/moved"}',
    }
    expect(resolveDataDir(everything)).toEqual({ dir: '/a', mode: 'argument' })
    expect(resolveDataDir({ ...everything, argv: [] })).toEqual({ dir: '/b', mode: 'environment' })
    expect(resolveDataDir({ ...everything, argv: [], env: { TC_PORTABLE: '1' } }).mode).toBe('portable')
    expect(resolveDataDir({ ...everything, argv: [], env: {} })).toEqual({ dir: '/moved', mode: 'chosen' })
  })

  it('reads the location file beside the default folder, ignoring one that is damaged or relative', () => {
    const read = (text: string) => (p: string) =>
      p === '/home/amina/.config/Training Companion.location.json' ? text : undefined
    expect(resolveDataDir({ ...base, readText: read('{"dataDir":"/srv/tc"}') }).dir).toBe('/srv/tc')
    expect(resolveDataDir({ ...base, readText: read('{"dataDir":"relative/tc"}') }).mode).toBe('default')
    expect(resolveDataDir({ ...base, readText: read('{oops') }).mode).toBe('default')
  })

  it('finds the folder the app runs from on each build', () => {
    expect(appDirOf('win32', 'C:\\Temp\\x\\TC.exe', { PORTABLE_EXECUTABLE_DIR: 'E:\\' })).toBe('E:\\')
    expect(appDirOf('linux', '/tmp/.mount_TC/tc', { APPIMAGE: '/media/stick/TC.AppImage' })).toBe('/media/stick')
    expect(appDirOf('darwin', '/Volumes/S/TC.app/Contents/MacOS/TC', {})).toBe('/Volumes/S')
    expect(appDirOf('linux', '/opt/tc/tc', {})).toBe('/opt/tc')
  })

  it('a Windows portable .exe is portable without a marker', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: 'E:\\' }
    expect(isPortable({ ...base, env, appDir: appDirOf('win32', 'C:\\Temp\\TC.exe', env) })).toBe(true)
  })
})
