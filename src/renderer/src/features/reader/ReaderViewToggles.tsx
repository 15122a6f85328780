import { Button, IconButton } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { keysFor } from './reader-shortcuts'
import { SIDE_PANEL_ID } from './ReaderPanels'

export interface ViewToggles {
  panelOpen: boolean
  togglePanel(): void
  darkPages: boolean
  toggleDarkPages(): void
}

/** Shows or hides the side panel. */
export function SidePanelButton({ toggles }: { toggles: ViewToggles }) {
  const { t } = useTranslation()
  return (
    <IconButton
      variant={toggles.panelOpen ? 'solid' : 'soft'}
      aria-label={t('reader.sidePanel')}
      aria-expanded={toggles.panelOpen}
      aria-controls={SIDE_PANEL_ID}
      title={`${t('reader.sidePanel')} (${keysFor('sidePanel')})`}
      onClick={toggles.togglePanel}
    >
      <span className="flip-in-rtl" aria-hidden="true">
        ◧
      </span>
    </IconButton>
  )
}

/** Draws the pages dark, or as printed. */
export function DarkPagesButton({ toggles }: { toggles: ViewToggles }) {
  const { t } = useTranslation()
  return (
    <Button
      variant={toggles.darkPages ? 'solid' : 'soft'}
      aria-pressed={toggles.darkPages}
      title={`${t('reader.darkPages')} (${keysFor('darkPages')})`}
      onClick={toggles.toggleDarkPages}
    >
      {t('reader.darkPages')}
    </Button>
  )
}
