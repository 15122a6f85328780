import { StrictMode, useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import './theme-colours.css'
import './theme-contrast.css'
import './theme-targets.css'
import './theme-font.css'
import './styles.css'
import i18n from './i18n/i18n'
import { App } from './shell/App'
import { preloadArea } from './shell/area-parts'
import { parseHash } from './shell/routes'
import { guardLeaving } from './save/leave-guard'
import { applyWholeStylesheet, bootSettings } from './first-screen/boot'

applyWholeStylesheet()
guardLeaving()

const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })
const settings = bootSettings()
if (settings) {
  client.setQueryData(['settings'], settings)
  void i18n.changeLanguage(settings.language)
}

/** The app's own first screen has replaced the one drawn ahead (the bench reads the mark). */
function LiveMark() {
  useLayoutEffect(() => void performance.mark('tc-live'), [])
  return null
}

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
        <LiveMark />
      </QueryClientProvider>
    </StrictMode>,
  )

// the first area's code comes before the first render (a failed fetch is shown, with a Retry, by the area's error boundary)
void preloadArea(parseHash(window.location.hash).area).then(render, render)
