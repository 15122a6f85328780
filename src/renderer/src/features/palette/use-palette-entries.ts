/**
 * The palette's entries, from the same queries (and cache) as the screens that show
 * those records, so the palette lists what the screens list and follows their changes.
 */
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import type { Route } from '../../shell/routes'
import { useMethods } from '../methods/use-methods'
import { actionEntries, areaEntries, recordEntries, reportWorkshop, searchEntry, type PaletteEntry } from './entries'

export function usePaletteEntries(route: Route, query: string): PaletteEntry[] {
  const { t } = useTranslation()
  const resources = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  const workshops = useQuery({ queryKey: ['workshops'], queryFn: () => call('workshops:list') })
  const scenarios = useQuery({ queryKey: ['scenarios'], queryFn: () => call('scenarios:list') })
  const glossary = useQuery({ queryKey: ['glossary'], queryFn: () => call('glossary:list') })
  const methods = useMethods()
  const fixed = useMemo(() => {
    const records = {
      resources: resources.data ?? [],
      workshops: workshops.data ?? [],
      scenarios: scenarios.data ?? [],
      glossary: glossary.data ?? [],
      methods: methods.data ?? [],
    }
    const say = (key: string, values?: Record<string, unknown>) => t(key, values ?? {})
    return [
      ...actionEntries(say, reportWorkshop(route, records.workshops)),
      ...areaEntries(say),
      ...recordEntries(records),
    ]
  }, [t, route, resources.data, workshops.data, scenarios.data, glossary.data, methods.data])
  const search = searchEntry(query, (key, values) => t(key, values ?? {}))
  return search ? [...fixed, search] : fixed
}
