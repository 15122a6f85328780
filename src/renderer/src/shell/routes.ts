/** The app's areas (DESIGN.md §3), in navigation order. */
export const areas = [
  { id: 'library' },
  { id: 'reader' },
  { id: 'search' },
  { id: 'glossary' },
  { id: 'scenarios' },
  { id: 'workshops' },
  { id: 'timeline' },
  { id: 'settings' },
  // after settings so Alt+1 … Alt+8 keep the places they had
  { id: 'methods' },
] as const

/**
 * 'present' is the scenario presenter view and 'screen' a workshop's participant screen:
 * windows of their own, outside the navigation.
 */
export type NavAreaId = (typeof areas)[number]['id']
export type AreaId = NavAreaId | 'present' | 'screen'
const ownWindows: readonly string[] = ['present', 'screen']

export const isNavArea = (area: AreaId): area is NavAreaId => !ownWindows.includes(area)

export interface Route {
  area: AreaId
  params: string[]
}

export function parseHash(hash: string): Route {
  const [first = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const area: AreaId = ownWindows.includes(first)
    ? (first as AreaId)
    : (areas.find((a) => a.id === first)?.id ?? 'library')
  return { area, params: params.map(decodeURIComponent) }
}

export const hrefFor = (area: AreaId, ...params: string[]): string =>
  `#/${[area, ...params.map(encodeURIComponent)].join('/')}`
