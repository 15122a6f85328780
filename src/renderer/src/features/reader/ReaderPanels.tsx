/**
 * The side panel and the page side by side, split by a separator that follows the
 * WAI-ARIA window splitter pattern (react-resizable-panels: arrow keys resize,
 * Enter folds, Home/End go to the limits; dragging works too).
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Group, Panel, Separator } from 'react-resizable-panels'
import { READER_PANEL_MAX, READER_PANEL_MIN } from '@shared/model-lists'
import type { SidePanelState } from './use-side-panel'

export const SIDE_PANEL_ID = 'reader-side-panel'

export function ReaderPanels({
  side,
  panel,
  children,
}: {
  side: ReactNode
  panel: SidePanelState
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Group
      className="reader-body"
      orientation="horizontal"
      onLayoutChanged={(_, meta) => meta.isUserInteraction && panel.onUserResize()}
    >
      <Panel
        id={SIDE_PANEL_ID}
        panelRef={panel.panel}
        className="reader-sidebar"
        collapsible
        collapsedSize={0}
        defaultSize={panel.startSize}
        minSize={READER_PANEL_MIN}
        maxSize={READER_PANEL_MAX}
        groupResizeBehavior="preserve-pixel-size"
        onResize={panel.onResize}
      >
        {panel.open && side}
      </Panel>
      <Separator className="reader-separator" aria-label={t('reader.resizePanel')} />
      <Panel id="reader-main" minSize="35%">
        {children}
      </Panel>
    </Group>
  )
}
