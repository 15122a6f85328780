/**
 * What the annotate bar, the find bar and the shortcuts do: highlight the selected
 * text (or, with nothing selected, the current find match), and add a page note or
 * bookmark, opening the side panel where the note is typed.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation, AnnotationFields } from '@shared/model'
import type { PageViewLike } from './highlight-layer'
import { readSelection } from './selection'
import { selectFindMatch } from './find-match-selection'
import type { ViewerHandle } from './use-pdf-viewer'

interface Options {
  resourceId: string
  handle: ViewerHandle | null
  container: HTMLElement | null
  page: number
  add(fields: AnnotationFields): void
  showPanel(): void
}

export function useAnnotateCommands({ resourceId, handle, container, page, add, showPanel }: Options) {
  const { t } = useTranslation()
  const [color, setColor] = useState<Annotation['color']>('yellow')
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null)
  useEffect(() => {
    if (!message || message.warn) return
    const timer = setTimeout(() => setMessage(null), 4000)
    return () => clearTimeout(timer)
  }, [message])
  const base = { resourceId, color, visibility: 'facilitator' as const, body: '' }
  const view = (n: number) => handle?.viewer.getPageView(n - 1) as PageViewLike | undefined

  const highlight = (matchOnly = false) => {
    let selection = matchOnly ? null : readSelection(view)
    if (!selection && container && selectFindMatch(container)) selection = readSelection(view)
    if (!selection) return setMessage({ text: t('reader.selectFirst'), warn: true })
    setMessage({ text: t('reader.highlighted', { page: selection.page }), warn: false })
    add({ ...base, kind: 'highlight', page: selection.page, rects: selection.rects, quote: selection.quote })
    window.getSelection()?.removeAllRanges()
  }
  const pageNote = (kind: 'note' | 'bookmark') => {
    showPanel()
    setMessage(null)
    add({ ...base, kind, page, rects: [], quote: '' })
  }
  return { color, setColor, message, highlight, pageNote }
}
