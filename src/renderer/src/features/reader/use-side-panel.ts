/**
 * The side panel's open state and width, driven by react-resizable-panels (which
 * gives the separator its keyboard and pointer handling) and remembered in the
 * settings whenever the facilitator changes them, not when the window does.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { usePanelRef, type PanelSize } from 'react-resizable-panels'
import { READER_PANEL_MAX, READER_PANEL_MIN } from '@shared/model-lists'
import { panelStartsOpen } from './panel-layout'
import type { ReaderSettings } from './use-reader-settings'

const clampWidth = (px: number) => Math.round(Math.min(READER_PANEL_MAX, Math.max(READER_PANEL_MIN, px)))

export function useSidePanel(settings: ReaderSettings, save: (patch: Partial<ReaderSettings>) => void) {
  const panel = usePanelRef()
  const [startOpen] = useState(() => panelStartsOpen(settings.readerPanel, window.innerWidth))
  const [open, setOpen] = useState(startOpen)
  const width = settings.readerPanelWidth
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const onResize = useCallback((size: PanelSize) => setOpen(size.inPixels > 0), [])
  /** after the facilitator moved the separator (by pointer or keys): remember the new width, or that it is closed */
  const onUserResize = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const px = panel.current?.getSize().inPixels ?? 0
      save(px > 0 ? { readerPanel: 'open', readerPanelWidth: clampWidth(px) } : { readerPanel: 'closed' })
    }, 300)
  }, [panel, save])
  const setShown = useCallback(
    (show: boolean) => {
      if (show) panel.current?.resize(width)
      else panel.current?.collapse()
      save({ readerPanel: show ? 'open' : 'closed' })
    },
    [panel, save, width],
  )
  const toggle = useCallback(() => setShown(!(panel.current?.getSize().inPixels ?? 0)), [panel, setShown])
  return { panel, open, startSize: startOpen ? width : 0, onResize, onUserResize, toggle, show: () => setShown(true) }
}

export type SidePanelState = ReturnType<typeof useSidePanel>
