import { Suspense, useEffect } from 'react'
import { Theme } from '@radix-ui/themes'
import { DirectionProvider } from '@radix-ui/react-direction'
import { useTranslation } from 'react-i18next'
import { useQuery } from '@tanstack/react-query'
import { settingsQuery } from './use-settings'
import { textDirection } from '@shared/model-lists'
import { useRoute } from './use-route'
import { useAreaShortcuts } from './use-area-shortcuts'
import { useSystemDark } from './use-system-dark'
import { useBackgroundNotices } from './use-background-notices'
import { Shell } from './Shell'
import { useDataChanges } from './use-data-changes'
import { AreaLoading } from './AreaLoading'
import { windowParts } from './area-parts'
import { ErrorBoundary } from './ErrorBoundary'

const { present: PresenterPage, screen: ParticipantScreen } = windowParts

export function App() {
  const { i18n } = useTranslation()
  const route = useRoute()
  const settings = useQuery(settingsQuery)
  useBackgroundNotices()
  useDataChanges()
  const systemDark = useSystemDark()
  useAreaShortcuts()

  const language = settings.data?.language ?? 'en'
  // Radix components take their direction from a provider, not from <html dir>: both follow the language.
  const direction = textDirection(language)
  useEffect(() => {
    void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.documentElement.dir = direction
  }, [i18n, language, direction])

  const theme = settings.data?.theme ?? 'system'
  const presenting = route.area === 'present'
  // the presenter view is shown on a projector: always dark, nothing but the scenario
  const appearance = presenting ? 'dark' : theme === 'system' ? (systemDark ? 'dark' : 'light') : theme
  const page =
    route.area === 'present' ? (
      <ErrorBoundary resetKey={window.location.hash}>
        <Suspense fallback={<AreaLoading />}>
          <PresenterPage id={route.params[0] ?? ''} />
        </Suspense>
      </ErrorBoundary>
    ) : route.area === 'screen' ? (
      <ErrorBoundary resetKey={window.location.hash}>
        <Suspense fallback={<AreaLoading />}>
          <ParticipantScreen id={route.params[0] ?? ''} />
        </Suspense>
      </ErrorBoundary>
    ) : (
      <Shell route={route} />
    )

  return (
    // solid panels: Radix's translucent ones blur what is behind each card (backdrop-filter: blur(64px)),
    // and a machine that composites in software spent 140–165 ms a frame on it
    <Theme appearance={appearance} accentColor="teal" grayColor="slate" radius="medium" panelBackground="solid">
      {/* Inside the Theme: Radix Themes sets "ltr" at its root, and components take the nearest provider. */}
      <DirectionProvider dir={direction}>{page}</DirectionProvider>
    </Theme>
  )
}
