/**
 * The app around the areas: the sidebar (name, host, navigation, import progress),
 * the main column (notices, then the area), and what belongs to no area — the import
 * state and its file picker, the one undo toast, the command palette — so they outlive
 * a change of area.
 */
import type { MouseEvent } from 'react'
import { Badge, Box, Callout, Flex, Heading } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { useQuery } from '@tanstack/react-query'
import { call, hostKind } from '../api/api'
import { say } from '../i18n/i18n'
import { ImportProvider } from '../features/library/use-import'
import { AreaView } from './AreaView'
import { NavBar } from './NavBar'
import { ErrorBoundary } from './ErrorBoundary'
import { ImportDoneNotice, ImportIndicator } from './ImportStatus'
import { isNavArea, type Route } from './routes'
import { UndoToast } from './undo/UndoToast'
import { usePageTitle } from './page-title'
import { shownHeading, useFocusOnPageChange } from './use-focus-on-page-change'
import { PaletteHost } from '../features/palette/PaletteHost'
import { ImportFilePicker } from '../features/library/ImportControls'
import { ShareIndicator } from '../features/share/ShareIndicator'

function Sidebar({ route }: { route: Route }) {
  const { t } = useTranslation()
  return (
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
        <ImportIndicator area={route.area} />
        <ShareIndicator />
      </nav>
    </Flex>
  )
}

/** The skip link moves the focus to the area's heading; it must not touch the route (#main is not an area). */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault()
  const main = document.getElementById('main')
  ;((main && shownHeading(main)) ?? main)?.focus()
}

export function Shell({ route }: { route: Route }) {
  const { t } = useTranslation()
  usePageTitle(route.area)
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => call('app:info') })
  const mainRef = useFocusOnPageChange(route)
  return (
    <ImportProvider>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <Flex className="shell" direction="row">
        <Sidebar route={route} />
        <Box asChild p="5" className="shell-main">
          <main id="main" ref={mainRef} tabIndex={-1}>
            {info.data?.notices.map((notice) => (
              <Callout.Root key={notice.text} color="amber" role="alert" mb="4">
                <Callout.Text>{say(notice)}</Callout.Text>
              </Callout.Root>
            ))}
            <ImportDoneNotice area={route.area} />
            <ErrorBoundary resetKey={window.location.hash}>
              {isNavArea(route.area) && <AreaView area={route.area} params={route.params} />}
            </ErrorBoundary>
          </main>
        </Box>
      </Flex>
      <UndoToast />
      <ImportFilePicker />
      <PaletteHost route={route} />
    </ImportProvider>
  )
}
