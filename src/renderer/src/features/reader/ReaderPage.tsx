import { useEffect, useRef, useState } from 'react'
import { Callout, Flex, Heading, Link, Spinner, Tabs, Text } from '@radix-ui/themes'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { RecordTitle } from '../../shell/page-title'
import type { Annotation, Resource } from '@shared/model'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { dropPreloaded, pdfUrl, preloadPdf } from './pdf-setup'
import { usePdfViewer, type StartView } from './use-pdf-viewer'
import { useViewerState } from './use-viewer-state'
import { ReaderToolbar } from './ReaderToolbar'
import { OutlinePanel } from './OutlinePanel'
import { ThumbnailStrip } from './ThumbnailStrip'
import { AnnotationsPanel } from './AnnotationsPanel'
import { AnnotateBar } from './AnnotateBar'
import { downloadMarkdown, useAnnotations } from './use-annotations'
import { useHighlights } from './use-highlights'
import { readSelection } from './selection'
import { findTerms } from './find-terms'
import { GlossaryLookup } from '../glossary/GlossaryLookup'
import type { PageViewLike } from './highlight-layer'
import { usePageNote, type SidePanel } from './use-page-note'

/** Where the facilitator is, saved once they pause, or at once if they leave the reader or close the window first. */
function useSaveReadingState(resourceId: string, page: number, scale: string, ready: boolean) {
  const pending = useRef<(() => void) | null>(null)
  useEffect(() => () => pending.current?.(), [])
  useEffect(() => {
    if (!ready) return
    let done = false
    const save = () => {
      if (done) return
      done = true
      call('reader:setState', { resourceId, page, zoom: scale }).catch(() => undefined)
    }
    pending.current = save
    const timer = setTimeout(save, 400)
    window.addEventListener('pagehide', save)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pagehide', save)
    }
  }, [resourceId, page, scale, ready])
}

interface ReaderProps {
  resource: Resource
  startPage?: number
  findQuery?: string
}

/** The page asked for (a search hit), else where the facilitator left off, at the zoom they left it. */
async function startView(resourceId: string, startPage?: number, findQuery?: string): Promise<StartView> {
  const saved = await call('reader:getState', { resourceId }).catch(() => null)
  return {
    page: startPage ?? saved?.page ?? 1,
    zoom: saved?.zoom ?? 'page-width',
    find: findQuery ? findTerms(findQuery) : undefined,
  }
}

function Reader({ resource, startPage, findQuery }: ReaderProps) {
  const { t } = useTranslation()
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const [color, setColor] = useState<Annotation['color']>('yellow')
  const [message, setMessage] = useState<string | null>(null)
  const [start] = useState(() => startView(resource.id, startPage, findQuery))
  const status = usePdfViewer(
    container,
    resource.file ? pdfUrl(resource.file.sha256) : null,
    start,
    t('reader.pageFailed'),
  )
  const handle = status.state === 'ready' ? status.handle : null
  const state = useViewerState(handle)
  const notes = useAnnotations(resource.id)
  const { panel, setPanel, selectedId, setSelectedId, focus, add } = usePageNote(notes)
  useSaveReadingState(resource.id, state.page, state.scale, handle !== null)
  useHighlights(handle, notes.list, selectedId, setSelectedId)

  const base = { resourceId: resource.id, color, visibility: 'facilitator' as const, body: '' }
  const highlight = () => {
    const view = (n: number) => handle?.viewer.getPageView(n - 1) as PageViewLike | undefined
    const selection = readSelection(view)
    if (!selection) return setMessage(t('reader.selectFirst'))
    setMessage(null)
    add({ ...base, kind: 'highlight', page: selection.page, rects: selection.rects, quote: selection.quote })
    window.getSelection()?.removeAllRanges()
  }
  const pageNote = (kind: 'note' | 'bookmark') => add({ ...base, kind, page: state.page, rects: [], quote: '' })
  const select = (a: Annotation) => {
    setSelectedId(a.id)
    const [x1, , , y2] = a.rects[0] ?? []
    handle?.viewer.scrollPageIntoView({
      pageNumber: a.page,
      destArray: x1 === undefined ? undefined : [null, { name: 'XYZ' }, x1 - 20, y2! + 40, null],
    })
  }

  return (
    <Flex className="reader" direction="column" gap="2">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h1" size="5" tabIndex={-1} dir="auto">
          {resource.title}
        </Heading>
        <RecordTitle title={resource.title} />
        <AnnotateBar
          color={color}
          onColor={setColor}
          onHighlight={highlight}
          onNote={() => pageNote('note')}
          onBookmark={() => pageNote('bookmark')}
        />
      </Flex>
      <ReaderToolbar state={state} />
      <GlossaryLookup within={container} />
      {message && (
        <Text size="2" color="amber" role="status">
          {message}
        </Text>
      )}
      <Flex className="reader-body" gap="3">
        <Tabs.Root value={panel} onValueChange={(v) => setPanel(v as SidePanel)} className="reader-sidebar">
          <Tabs.List size="1">
            <Tabs.Trigger value="outline">{t('reader.outline')}</Tabs.Trigger>
            <Tabs.Trigger value="pages">{t('reader.pages')}</Tabs.Trigger>
            <Tabs.Trigger value="annotations">{t('reader.annotations')}</Tabs.Trigger>
          </Tabs.List>
          <div className="reader-sidebar-body">
            <Tabs.Content value="outline">
              <OutlinePanel outline={resource.file?.outline ?? []} onGo={state.goTo} />
            </Tabs.Content>
            <Tabs.Content value="pages">
              {handle && <ThumbnailStrip doc={handle.doc} current={state.page} onGo={state.goTo} />}
            </Tabs.Content>
            <Tabs.Content value="annotations">
              <AnnotationsPanel
                annotations={notes.list}
                selectedId={selectedId}
                focus={focus}
                onSelect={select}
                onDelete={(id) => notes.remove.mutate(id)}
                onExport={(all) => void downloadMarkdown(resource.id, resource.title, all)}
              />
            </Tabs.Content>
          </div>
        </Tabs.Root>
        <div className="reader-stage">
          {status.state === 'loading' && <Spinner className="reader-spinner" aria-label={t('app.loading')} />}
          {status.state === 'error' && (
            <Callout.Root color="red" role="alert" m="4">
              <Callout.Text>
                {status.password ? t('reader.passwordProtected') : t('reader.openFailed', { message: status.message })}
              </Callout.Text>
            </Callout.Root>
          )}
          <div ref={setContainer} className="pdf-container" tabIndex={0} aria-label={t('reader.document')}>
            <div className="pdfViewer" />
          </div>
        </div>
      </Flex>
    </Flex>
  )
}

function ReaderPicker() {
  const { t } = useTranslation()
  const resources = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  const withFiles = (resources.data ?? []).filter((r) => r.file)
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.reader')}
      </Heading>
      <Text as="p" mb="3">
        {t('reader.pick')}
      </Text>
      <ul>
        {withFiles.map((r) => (
          <li key={r.id}>
            <Link href={hrefFor('reader', r.id)} dir="auto">
              {r.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function ReaderPage({ params }: { params: string[] }) {
  const { t } = useTranslation()
  const [id, pageParam, findQuery] = params
  const client = useQueryClient()
  const listed = client.getQueryData<Resource[]>(['library'])?.find((r) => r.id === id)
  const resource = useQuery({
    queryKey: ['resource', id],
    queryFn: () => call('library:get', { id: id! }),
    enabled: !!id,
    placeholderData: listed,
  })
  const file = resource.data?.file
  const url = file ? pdfUrl(file.sha256) : null
  // Started while this render is still under way: the bytes travel while React draws the reader.
  // preloadPdf does nothing the second time for the same file, so a repeated render costs nothing.
  if (file && url) preloadPdf(url, file.bytes)
  useEffect(() => () => dropPreloaded(url), [url])
  if (!id) return <ReaderPicker />
  if (resource.error)
    return (
      <Callout.Root color="red" role="alert">
        <Callout.Text>{resource.error.message}</Callout.Text>
      </Callout.Root>
    )
  if (!resource.data) return <Spinner aria-label={t('app.loading')} />
  if (!resource.data.file) return <Text>{t('reader.noFile')}</Text>
  const startPage = pageParam ? Number(pageParam) : undefined
  return (
    <Reader
      key={`${id}/${pageParam ?? ''}/${findQuery ?? ''}`}
      resource={resource.data}
      startPage={startPage}
      findQuery={findQuery}
    />
  )
}
