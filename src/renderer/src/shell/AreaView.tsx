import { LibraryPage } from '../features/library/LibraryPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { ReaderPage } from '../features/reader/ReaderPage'
import { SearchPage } from '../features/search/SearchPage'
import { WorkshopsPage } from '../features/workshops/WorkshopsPage'
import { TimelinePage } from '../features/timeline/TimelinePage'
import { GlossaryPage } from '../features/glossary/GlossaryPage'
import { ScenariosPage } from '../features/scenarios/ScenariosPage'
import { MethodsPage } from '../features/methods/MethodsPage'
import type { AreaId } from './routes'

export function AreaView({ area, params }: { area: AreaId; params: string[] }) {
  if (area === 'library') return <LibraryPage />
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
