/**
 * Each area's code, one chunk per area fetched the first time it is shown: the first screen
 * carries the shell and the library (the area the app opens on), not the reader's pdf.js, the
 * planners or the settings. main.tsx fetches the area of the address the app opens on before
 * its first render, and the idle warm-up the reader's, so those are drawn at once (lazy-part).
 */
import { isNavArea, type AreaId } from './routes'
import { lazyPart } from './lazy-part'
import { LibraryPage } from '../features/library/LibraryPage'

export interface AreaProps {
  params: string[]
}

const area = (load: () => Promise<React.ComponentType<AreaProps>>) => lazyPart(load)
const byId = (load: () => Promise<React.ComponentType<{ id: string }>>) => lazyPart(load)

export const areaParts = {
  library: area(async () => LibraryPage),
  reader: area(() => import('../features/reader/ReaderPage').then((m) => m.ReaderPage)),
  search: area(() => import('../features/search/SearchPage').then((m) => m.SearchPage)),
  glossary: area(() => import('../features/glossary/GlossaryPage').then((m) => m.GlossaryPage)),
  scenarios: area(() => import('../features/scenarios/ScenariosPage').then((m) => m.ScenariosPage)),
  workshops: area(() => import('../features/workshops/WorkshopsPage').then((m) => m.WorkshopsPage)),
  timeline: area(() => import('../features/timeline/TimelinePage').then((m) => m.TimelinePage)),
  settings: area(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage)),
  methods: area(() => import('../features/methods/MethodsPage').then((m) => m.MethodsPage)),
}

/** The windows of their own: the scenario presenter view and a workshop's participant screen. */
export const windowParts = {
  present: byId(() => import('../features/scenarios/PresenterPage').then((m) => m.PresenterPage)),
  screen: byId(() => import('../features/workshops/ParticipantScreen').then((m) => m.ParticipantScreen)),
}

// the library's code is already in the entry chunk: ready before any render, whichever area the app opens on
void areaParts.library.preload()

export const preloadArea = (area: AreaId): Promise<unknown> =>
  isNavArea(area) ? areaParts[area].preload() : windowParts[area].preload()
