/**
 * Each area is its own chunk, fetched the first time it is shown: the first screen carries
 * the shell and the library, not the reader's pdf.js, the planners or the settings. While
 * an area's code arrives a status line says so (screen readers announce it); the focus
 * moves to its heading once it is drawn (use-focus-on-page-change).
 */
import { Suspense, useEffect, type ComponentType } from 'react'
import type { AreaId } from './routes'
import { AreaLoading } from './AreaLoading'
import { warmReaderWhenIdle } from '../features/reader/warm-up'
import { lazyPart } from './lazy-part'

type Params = { params: string[] }

const area = <P extends object = object>(load: () => Promise<ComponentType<P>>) => lazyPart(load)

const LibraryPage = area(() => import('../features/library/LibraryPage').then((m) => m.LibraryPage))
const ReaderPage = area<Params>(() => import('../features/reader/ReaderPage').then((m) => m.ReaderPage))
const SearchPage = area<Params>(() => import('../features/search/SearchPage').then((m) => m.SearchPage))
const WorkshopsPage = area<Params>(() => import('../features/workshops/WorkshopsPage').then((m) => m.WorkshopsPage))
const TimelinePage = area(() => import('../features/timeline/TimelinePage').then((m) => m.TimelinePage))
const GlossaryPage = area<Params>(() => import('../features/glossary/GlossaryPage').then((m) => m.GlossaryPage))
const ScenariosPage = area<Params>(() => import('../features/scenarios/ScenariosPage').then((m) => m.ScenariosPage))
const SettingsPage = area(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage))
const MethodsPage = area<Params>(() => import('../features/methods/MethodsPage').then((m) => m.MethodsPage))

function Area({ area, params }: { area: AreaId; params: string[] }) {
  if (area === 'reader') return <ReaderPage params={params} />
  if (area === 'search') return <SearchPage params={params} />
  if (area === 'workshops') return <WorkshopsPage params={params} />
  if (area === 'timeline') return <TimelinePage />
  if (area === 'glossary') return <GlossaryPage params={params} />
  if (area === 'scenarios') return <ScenariosPage params={params} />
  if (area === 'settings') return <SettingsPage />
  if (area === 'methods') return <MethodsPage params={params} />
  return <LibraryPage />
}

/** Rendered beside the area, so its effect runs once the first area is on screen, not before. */
function AfterFirstScreen() {
  useEffect(() => warmReaderWhenIdle(ReaderPage.preload), [])
  return null
}

export function AreaView({ area, params }: { area: AreaId; params: string[] }) {
  return (
    <Suspense fallback={<AreaLoading area={area} />}>
      <Area area={area} params={params} />
      <AfterFirstScreen />
    </Suspense>
  )
}
