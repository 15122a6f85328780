/**
 * One open document: the annotate bar and toolbar above, the side panel and the
 * pages below. Dark pages are a data attribute the stylesheet acts on, so turning
 * them on or off redraws nothing and the reader stays where it is.
 */
import { useCallback, useState } from 'react'
import { Callout, Flex, Heading, Spinner, Text, useThemeContext } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Annotation, Resource } from '@shared/model'
import { RecordTitle } from '../../shell/page-title'
import { GlossaryLookup } from '../glossary/GlossaryLookup'
import { pdfUrl } from './pdf-files'
import { usePdfViewer, type StartView, type ViewerStatus } from './use-pdf-viewer'
import { startView, useSaveReadingState } from './reading-state'
import { useKeepPagePreview } from './page-preview'
import { PagePreviewOverlay } from './PagePreviewOverlay'
import { takePreviewAhead, type PreviewAhead } from './preview-ahead'
import { tracked } from './settled'
import { useViewerState } from './use-viewer-state'
import { useStageFirst } from './stage-first'
import { ReaderToolbar } from './ReaderToolbar'
import { ReaderPanels } from './ReaderPanels'
import { ReaderSidePanel } from './ReaderSidePanel'
import { AnnotateBar } from './AnnotateBar'
import { useAnnotations } from './use-annotations'
import { useHighlights } from './use-highlights'
import { usePageNote } from './use-page-note'
import { useAnnotateCommands } from './use-annotate-commands'
import { useSidePanel } from './use-side-panel'
import { useReaderShortcuts } from './use-reader-shortcuts'
import { pagesAreDark, toggledDarkPages } from './dark-pages'
import type { ReaderSettings, useReaderSettings } from './use-reader-settings'
import type { ViewToggles } from './ReaderViewToggles'

interface StageProps {
  status: ViewerStatus
  ahead: PreviewAhead
  start: Promise<StartView>
  painted: boolean
  /** the page whose picture is on screen, null while none is */
  shownPage: number | null
  onShown(page: number): void
  onNoPicture(): void
  onContainer(el: HTMLDivElement | null): void
}

function ReaderStage({ status, ahead, start, painted, shownPage, onShown, onNoPicture, onContainer }: StageProps) {
  const { t } = useTranslation()
  const done = painted || status.state === 'error'
  return (
    <div className="reader-stage">
      <PagePreviewOverlay ahead={ahead} start={start} done={done} onShown={onShown} onNone={onNoPicture} />
      {status.state === 'loading' && shownPage === null && (
        <Spinner className="reader-spinner" aria-label={t('app.loading')} />
      )}
      {status.state === 'error' && (
        <Callout.Root color="red" role="alert" m="4">
          <Callout.Text>
            {status.password ? t('reader.passwordProtected') : t('reader.openFailed', { message: status.message })}
          </Callout.Text>
        </Callout.Root>
      )}
      <div ref={onContainer} className="pdf-container" tabIndex={0} aria-label={t('reader.document')}>
        <div className="pdfViewer" />
      </div>
    </div>
  )
}

function useViewToggles(settings: ReaderSettings, save: ReturnType<typeof useReaderSettings>['save']) {
  const appDark = useThemeContext().appearance === 'dark'
  const panel = useSidePanel(settings, save)
  const toggles: ViewToggles = {
    panelOpen: panel.open,
    togglePanel: panel.toggle,
    darkPages: pagesAreDark(settings.readerDarkPages, appDark),
    toggleDarkPages: () => save({ readerDarkPages: toggledDarkPages(settings.readerDarkPages, appDark) }),
  }
  return { panel, toggles }
}

function ReaderHeader({ title, commands }: { title: string; commands: ReturnType<typeof useAnnotateCommands> }) {
  return (
    <Flex justify="between" align="center" gap="3" wrap="wrap">
      <Heading as="h1" size="5" tabIndex={-1} dir="auto">
        {title}
      </Heading>
      <RecordTitle title={title} />
      <AnnotateBar
        color={commands.color}
        onColor={commands.setColor}
        onHighlight={() => commands.highlight()}
        onNote={() => commands.pageNote('note')}
        onBookmark={() => commands.pageNote('bookmark')}
      />
    </Flex>
  )
}

interface ReaderProps {
  resource: Resource
  startPage?: number
  findQuery?: string
  settings: ReaderSettings
  save: ReturnType<typeof useReaderSettings>['save']
}

export function Reader({ resource, startPage, findQuery, settings, save }: ReaderProps) {
  const { t } = useTranslation()
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const [start] = useState(() => tracked(startView(resource.id, startPage, findQuery)))
  const [painted, setPainted] = useState(false)
  const [ahead] = useState(() => takePreviewAhead(resource.id, startPage))
  const [shownPage, setShownPage] = useState<number | null>(null)
  const [noPicture, setNoPicture] = useState(false)
  const markNoPicture = useCallback(() => setNoPicture(true), [])
  const { settled, full } = useStageFirst(shownPage !== null || noPicture)
  const status = usePdfViewer(
    settled ? container : null,
    pdfUrl(resource.file!.sha256),
    start,
    t('reader.pageFailed'),
    () => setPainted(true),
  )
  const handle = status.state === 'ready' ? status.handle : null
  const state = useViewerState(handle)
  useSaveReadingState(resource.id, state.page, state.scale, handle !== null)
  useKeepPagePreview(handle, resource.id, state.page)
  const notes = useAnnotations(resource.id, full)
  const pageNote = usePageNote(notes)
  useHighlights(handle, notes.list, pageNote.selectedId, pageNote.setSelectedId)
  const { panel, toggles } = useViewToggles(settings, save)
  const commands = useAnnotateCommands({
    ...{ resourceId: resource.id, handle, container, add: pageNote.add },
    ...{ page: state.page, showPanel: panel.show },
  })
  useReaderShortcuts({
    highlight: () => commands.highlight(),
    sidePanel: toggles.togglePanel,
    darkPages: toggles.toggleDarkPages,
  })
  const select = (a: Annotation) => {
    pageNote.setSelectedId(a.id)
    const [x1, , , y2] = a.rects[0] ?? []
    handle?.viewer.scrollPageIntoView({
      pageNumber: a.page,
      destArray: x1 === undefined ? undefined : [null, { name: 'XYZ' }, x1 - 20, y2! + 40, null],
    })
  }

  return (
    <Flex
      className="reader"
      direction="column"
      gap="2"
      data-dark-pages={toggles.darkPages || undefined}
      aria-busy={full ? undefined : true}
    >
      <ReaderHeader title={resource.title} commands={commands} />
      <ReaderToolbar
        state={handle ? state : { ...state, page: shownPage ?? state.page, pages: resource.file!.pages }}
        toggles={toggles}
        onHighlightMatch={() => commands.highlight(true)}
      />
      {full && <GlossaryLookup within={container} />}
      {commands.message && (
        <Text size="2" color={commands.message.warn ? 'amber' : 'gray'} role="status">
          {commands.message.text}
        </Text>
      )}
      <ReaderPanels
        panel={panel}
        side={full && <ReaderSidePanel {...{ resource, handle, state, notes, pageNote }} onSelect={select} />}
      >
        <ReaderStage
          {...{ status, ahead, start, painted, shownPage }}
          onShown={setShownPage}
          onNoPicture={markNoPicture}
          onContainer={setContainer}
        />
      </ReaderPanels>
    </Flex>
  )
}
