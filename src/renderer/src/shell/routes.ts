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

/** 'present' is the scenario presenter view: a window of its own, outside the navigation. */
export type AreaId = (typeof areas)[number]['id'] | 'present'

export interface Route {
  area: AreaId
  params: string[]
}

export function parseHash(hash: string): Route {
  const [first = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const area: AreaId = first === 'present' ? 'present' : (areas.find((a) => a.id === first)?.id ?? 'library')
  return { area, params: params.map(decodeURIComponent) }
}

export const hrefFor = (area: AreaId, ...params: string[]): string =>
  `#/${[area, ...params.map(encodeURIComponent)].join('/')}`
