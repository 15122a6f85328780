/**
 * The app's remembered choices (language, theme, views, the reader's panel) live in its
 * settings, the one place preferences are kept: a change is shown at once, then saved.
 */
import { useCallback } from 'react'
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Settings, SettingsPatch } from '@shared/model'
import { call } from '../api/api'

/**
 * The one query for the settings. They are never stale here: this page's own changes come back in
 * the answer, any other's as a `data:changed` event (use-data-changes). Fetched again whenever a
 * page using them mounted, the fetch's start redrew the whole app from its root, in the task that
 * opens a page (useSyncExternalStore sees the app's own observer change).
 */
export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => call('settings:get'),
  staleTime: Infinity,
})

export function useSettings() {
  const client = useQueryClient()
  const settings = useQuery(settingsQuery)
  const save = useCallback(
    (patch: SettingsPatch) => {
      client.setQueryData<Settings>(['settings'], (s) => s && { ...s, ...patch })
      // a change the main side refused does not stay on screen as if it were kept
      call('settings:set', patch)
        .then((saved) => client.setQueryData(['settings'], saved))
        .catch(() => client.invalidateQueries({ queryKey: settingsQuery.queryKey }))
    },
    [client],
  )
  return { settings: settings.data, save }
}
