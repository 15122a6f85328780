/**
 * What the palette offers, as plain data built from what the screens already hold:
 * the areas, the records (library PDFs, workshops, scenarios, methods, glossary terms) and the
 * app's actions. An entry either goes to a route or names an action the palette's host
 * runs through the same code as the screens do.
 */
import { areas, hrefFor, type Route } from '../../shell/routes'

export const groupOrder = [
  'actions',
  'areas',
  'workshops',
  'scenarios',
  'resources',
  'methods',
  'glossary',
  'search',
] as const
export type GroupId = (typeof groupOrder)[number]

export const actionIds = ['newWorkshop', 'newScenario', 'newTerm', 'importPdfs', 'shortcuts'] as const
export type ActionId = (typeof actionIds)[number]

export type PaletteRun = { go: string } | { action: ActionId }

export interface PaletteEntry {
  id: string
  group: GroupId
  label: string
  /** words that find the entry besides its label (aliases, a translation) */
  keywords?: string[]
  /** shown beside the label: a shortcut, a translation */
  hint?: string
  run: PaletteRun
}

export interface PaletteRecords {
  resources: { id: string; title: string; file?: unknown }[]
  workshops: { id: string; title: string; updatedAt: string }[]
  scenarios: { id: string; title: string; translations?: Record<string, { title?: string } | undefined> }[]
  glossary: {
    id: string
    term: string
    aliases: string[]
    translations: Record<string, { term?: string } | undefined>
  }[]
  methods?: { id: string; name: string; aliases: string[]; titles: Record<string, string | undefined> }[]
}

/** Words in the interface language: `say(key, values)` is i18next's t. */
export type Say = (key: string, values?: Record<string, unknown>) => string

export function areaEntries(say: Say): PaletteEntry[] {
  return areas.map((area, i) => ({
    id: `area:${area.id}`,
    group: 'areas',
    label: say(`nav.${area.id}`),
    hint: say('shell.altKey', { n: i + 1 }),
    run: { go: hrefFor(area.id) },
  }))
}

export function recordEntries(records: PaletteRecords): PaletteEntry[] {
  const terms = records.glossary.map((g): PaletteEntry => {
    const translations = Object.values(g.translations).flatMap((x) => (x?.term ? [x.term] : []))
    return {
      id: `term:${g.id}`,
      group: 'glossary',
      label: g.term,
      keywords: [...g.aliases, ...translations],
      hint: translations.join(', ') || undefined,
      run: { go: hrefFor('glossary', g.id) },
    }
  })
  return [
    ...records.workshops.map((w): PaletteEntry => ({
      id: `workshop:${w.id}`,
      group: 'workshops',
      label: w.title,
      run: { go: hrefFor('workshops', w.id, 'details') },
    })),
    ...records.scenarios.map((s): PaletteEntry => ({
      id: `scenario:${s.id}`,
      group: 'scenarios',
      label: s.title,
      keywords: Object.values(s.translations ?? {}).flatMap((x) => (x?.title ? [x.title] : [])),
      run: { go: hrefFor('scenarios', s.id, 'overview') },
    })),
    ...records.resources
      .filter((r) => r.file)
      .map((r): PaletteEntry => ({
        id: `resource:${r.id}`,
        group: 'resources',
        label: r.title,
        run: { go: hrefFor('reader', r.id) },
      })),
    ...(records.methods ?? []).map((m): PaletteEntry => {
      const titles = Object.values(m.titles).filter((x): x is string => Boolean(x))
      return {
        id: `method:${m.id}`,
        group: 'methods',
        label: m.name,
        keywords: [...m.aliases, ...titles],
        run: { go: hrefFor('methods', m.id) },
      }
    }),
    ...terms,
  ]
}

/** The workshop whose report "Export the report" opens: the one on screen, else the one changed last. */
export function reportWorkshop(route: Route, workshops: PaletteRecords['workshops']) {
  const shown = route.area === 'workshops' ? workshops.find((w) => w.id === route.params[0]) : undefined
  return shown ?? [...workshops].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
}

export function actionEntries(say: Say, report: { id: string; title: string } | undefined): PaletteEntry[] {
  const action = (id: ActionId): PaletteEntry => ({
    id: `action:${id}`,
    group: 'actions',
    label: say(`palette.actions.${id}`),
    run: { action: id },
  })
  const exportReport: PaletteEntry[] = report
    ? [
        {
          id: 'action:exportReport',
          group: 'actions',
          label: say('palette.actions.exportReport', { title: report.title }),
          run: { go: hrefFor('workshops', report.id, 'report') },
        },
      ]
    : []
  return [
    action('newWorkshop'),
    action('importPdfs'),
    ...exportReport,
    action('newScenario'),
    action('newTerm'),
    { ...action('shortcuts'), hint: '?' },
  ]
}

/** Full-text search stays one keystroke away: the typed text, searched on the search page. */
export function searchEntry(query: string, say: Say): PaletteEntry | null {
  const q = query.trim()
  if (!q) return null
  return {
    id: 'search',
    group: 'search',
    label: say('palette.searchFor', { query: q }),
    run: { go: hrefFor('search', q) },
  }
}
