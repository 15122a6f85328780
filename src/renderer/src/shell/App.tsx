import { useEffect, useRef } from 'react'
import { Badge, Box, Callout, Flex, Heading, Theme } from '@radix-ui/themes'
import { DirectionProvider } from '@radix-ui/react-direction'
import { useTranslation } from 'react-i18next'
import { useQuery } from '@tanstack/react-query'
import { call, hostKind } from '../api/api'
import { rtlLanguages, say } from '../i18n/i18n'
import { LibraryPage } from '../features/library/LibraryPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { ReaderPage } from '../features/reader/ReaderPage'
import { SearchPage } from '../features/search/SearchPage'
import { WorkshopsPage } from '../features/workshops/WorkshopsPage'
import { TimelinePage } from '../features/timeline/TimelinePage'
import { GlossaryPage } from '../features/glossary/GlossaryPage'
import { ScenariosPage } from '../features/scenarios/ScenariosPage'
import { PresenterPage } from '../features/scenarios/PresenterPage'
import { NavBar } from './NavBar'
import { ErrorBoundary } from './ErrorBoundary'
import type { AreaId } from './routes'
import { useRoute } from './use-route'
import { useAreaShortcuts } from './use-area-shortcuts'
import { useSystemDark } from './use-system-dark'
import { useBackgroundNotices } from './use-background-notices'
import { useDataChanges } from './use-data-changes'

function AreaView({ area, params }: { area: AreaId; params: string[] }) {
  if (area === 'library') return <LibraryPage />
  if (area === 'reader') return <ReaderPage params={params} />
  if (area === 'search') return <SearchPage params={params} />
  if (area === 'workshops') return <WorkshopsPage params={params} />
  if (area === 'timeline') return <TimelinePage />
  if (area === 'glossary') return <GlossaryPage params={params} />
  if (area === 'scenarios') return <ScenariosPage params={params} />
  if (area === 'settings') return <SettingsPage />
  return <LibraryPage />
}

export function App() {
  const { t, i18n } = useTranslation()
  const route = useRoute()
  const mainRef = useRef<HTMLElement>(null)
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings:get') })
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => call('app:info') })
  useBackgroundNotices()
  useDataChanges()
  const systemDark = useSystemDark()
  useAreaShortcuts()

  const language = settings.data?.language ?? 'en'
  // Radix components take their direction from a provider, not from <html dir>: both follow the language.
  const direction = rtlLanguages.has(language) ? 'rtl' : 'ltr'
  useEffect(() => {
    void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.documentElement.dir = direction
  }, [i18n, language, direction])

  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    if (!mainRef.current?.contains(document.activeElement)) mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [route.area])

  const theme = settings.data?.theme ?? 'system'
  const presenting = route.area === 'present'
  // the presenter view is shown on a projector: always dark, nothing but the scenario
  const appearance = presenting ? 'dark' : theme === 'system' ? (systemDark ? 'dark' : 'light') : theme

  return (
    <Theme appearance={appearance} accentColor="teal" grayColor="slate" radius="medium">
      {/* Inside the Theme: Radix Themes sets "ltr" at its root, and components take the nearest provider. */}
      <DirectionProvider dir={direction}>
        {presenting ? (
          <PresenterPage id={route.params[0] ?? ''} />
        ) : (
          <>
            <a className="skip-link" href="#main">
              {t('app.skipToContent')}
            </a>
            <Flex className="shell" direction="row">
              <Flex asChild direction="column" gap="1" p="3" className="shell-sidebar">
                <nav aria-label={t('app.mainNav')}>
                  <Flex align="center" gap="2" mb="3">
                    <Heading as="h2" size="4">
                      {t('app.name')}
                    </Heading>
                  </Flex>
                  <Badge color={hostKind === 'browser' ? 'amber' : 'teal'} mb="3" style={{ alignSelf: 'flex-start' }}>
                    {hostKind === 'browser' ? t('app.browserMode') : t('app.desktopMode')}
                  </Badge>
                  <NavBar current={route.area} />
                </nav>
              </Flex>
              <Box asChild p="5" className="shell-main">
                <main id="main" ref={mainRef}>
                  {info.data?.notices.map((notice) => (
                    <Callout.Root key={notice.text} color="amber" role="alert" mb="4">
                      <Callout.Text>{say(notice)}</Callout.Text>
                    </Callout.Root>
                  ))}
                  <ErrorBoundary resetKey={window.location.hash}>
                    <AreaView area={route.area} params={route.params} />
                  </ErrorBoundary>
                </main>
              </Box>
            </Flex>
          </>
        )}
      </DirectionProvider>
    </Theme>
  )
}
