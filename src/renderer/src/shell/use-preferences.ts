/**
 * Remembered choices (the reader's dark pages and panel, the participant screen's text
 * size) live in the app's settings, the one place the app keeps preferences: shown at
 * once, then saved.
 */
import { useCallback } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Settings } from '@shared/model'
import { call } from '../api/api'

export function usePreferences<K extends keyof Settings>() {
  const client = useQueryClient()
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings:get') })
  const save = useCallback(
    (patch: Partial<Pick<Settings, K>>) => {
      client.setQueryData<Settings>(['settings'], (s) => s && { ...s, ...patch })
      call('settings:set', patch)
        .then((saved) => client.setQueryData(['settings'], saved))
        .catch(() => undefined)
    },
    [client],
  )
  return { settings: settings.data, save }
}
