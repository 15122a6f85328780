/**
 * The build's prerender step (scripts/prerender-first-screen.mjs) draws the library's first
 * frame here, with the app's own components, for every variant the first screen depends on
 * (shared/first-screen.ts). It renders what main.tsx renders at its first commit: the same
 * App, the facilitator's settings already in the query cache, every other query still
 * waiting (the list's spinner), the address naming no area.
 */
import { renderToString } from 'react-dom/server'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { defaultSettings, type Settings } from '@shared/model'
import {
  firstScreenKey,
  firstScreenVariants,
  type FirstScreenHost,
  type FirstScreenVariant,
} from '@shared/first-screen'
import { installNodeWindow, setSystemDark } from './node-window'

export const settingsFor = (v: FirstScreenVariant, others: Partial<Settings> = {}): Settings => ({
  ...defaultSettings,
  ...others,
  language: v.language,
  theme: v.appearance,
  libraryView: v.libraryView,
})

/** The tests' handles belong to the app's own controls, never to the inert copy before them. */
const withoutTestIds = (html: string) => html.replace(/ data-testid="[^"]*"/g, '')

/**
 * Draws every variant for one host. `others` sets the settings the first screen must not depend on
 * (the test's); a theme given there replaces the variant's: "system" then follows the variant's
 * appearance as the computer's, which is how the app draws it.
 */
export async function renderFirstScreens(
  host: FirstScreenHost,
  others: Partial<Settings> = {},
): Promise<Record<string, string>> {
  installNodeWindow(host)
  // after the window: the app's modules read it as they load
  const { App } = await import('../shell/App')
  const { default: i18n } = await import('../i18n/i18n')
  // the app reads its host once, as its modules load: a second host needs modules of its own
  const { hostKind } = await import('../api/api')
  if (hostKind !== host) throw new Error(`first screens for "${host}" drawn by modules loaded as "${hostKind}"`)
  const screens: Record<string, string> = {}
  for (const variant of firstScreenVariants(host)) {
    setSystemDark(variant.appearance === 'dark')
    await i18n.changeLanguage(variant.language)
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    client.setQueryData(['settings'], {
      ...settingsFor(variant, others),
      ...(others.theme ? { theme: others.theme } : {}),
    })
    screens[firstScreenKey(variant)] = withoutTestIds(
      renderToString(
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>,
      ),
    )
  }
  return screens
}
