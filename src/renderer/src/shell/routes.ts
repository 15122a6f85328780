/** The app's areas (DESIGN.md §3), in navigation order, with the issue that builds each one. */
export const areas = [
  { id: 'library', built: true },
  { id: 'reader', built: true },
  { id: 'search', built: true },
  { id: 'glossary', built: true },
  { id: 'scenarios', built: false, issue: 6 },
  { id: 'workshops', built: true },
  { id: 'timeline', built: true },
  { id: 'settings', built: true },
] as const

export type AreaId = (typeof areas)[number]['id']

export interface Route {
  area: AreaId
  params: string[]
}

export function parseHash(hash: string): Route {
  const [first = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const area = areas.find((a) => a.id === first)?.id ?? 'library'
  return { area, params: params.map(decodeURIComponent) }
}

export const hrefFor = (area: AreaId, ...params: string[]): string =>
  `#/${[area, ...params.map(encodeURIComponent)].join('/')}`
