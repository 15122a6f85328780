/**
 * The app's remembered choices (language, theme, views, the reader's panel) live in its
 * settings, the one place preferences are kept: a change is shown at once, then saved.
 */
import { useCallback } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Settings, SettingsPatch } from '@shared/model'
import { call } from '../api/api'

export function useSettings() {
  const client = useQueryClient()
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings:get') })
  const save = useCallback(
    (patch: SettingsPatch) => {
      client.setQueryData<Settings>(['settings'], (s) => s && { ...s, ...patch })
      call('settings:set', patch)
        .then((saved) => client.setQueryData(['settings'], saved))
        .catch(() => undefined)
    },
    [client],
  )
  return { settings: settings.data, save }
}
