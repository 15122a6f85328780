/**
 * The reader's remembered choices (dark pages, the side panel) live in the app's
 * settings, the one place the app keeps preferences: shown at once, then saved.
 */
import { useCallback } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Settings } from '@shared/model'
import { call } from '../../api/api'

export type ReaderSettings = Pick<Settings, 'readerDarkPages' | 'readerPanel' | 'readerPanelWidth'>

export function useReaderSettings() {
  const client = useQueryClient()
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings:get') })
  const save = useCallback(
    (patch: Partial<ReaderSettings>) => {
      client.setQueryData<Settings>(['settings'], (s) => s && { ...s, ...patch })
      call('settings:set', patch)
        .then((saved) => client.setQueryData(['settings'], saved))
        .catch(() => undefined)
    },
    [client],
  )
  return { settings: settings.data, save }
}
