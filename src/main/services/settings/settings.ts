import type { Settings } from '@shared/model'
import type { Store } from '../../store/store'

export const getSettings = (store: Store): Settings => store.read().settings

export const setSettings = (store: Store, patch: Partial<Settings>): Promise<Settings> =>
  store.update((data) => {
    data.settings = { ...data.settings, ...patch }
    return data.settings
  })
