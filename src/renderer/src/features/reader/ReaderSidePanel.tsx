import { Tabs } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Annotation, Resource } from '@shared/model'
import { OutlinePanel } from './OutlinePanel'
import { ThumbnailStrip } from './ThumbnailStrip'
import { AnnotationsPanel } from './AnnotationsPanel'
import { downloadMarkdown, type useAnnotations } from './use-annotations'
import type { usePageNote, SidePanel } from './use-page-note'
import type { ViewerHandle } from './use-pdf-viewer'
import type { useViewerState } from './use-viewer-state'

interface Props {
  resource: Resource
  handle: ViewerHandle | null
  state: ReturnType<typeof useViewerState>
  notes: ReturnType<typeof useAnnotations>
  pageNote: ReturnType<typeof usePageNote>
  onSelect(a: Annotation): void
}

/** Contents, page thumbnails and annotations, one tab at a time. */
export function ReaderSidePanel({ resource, handle, state, notes, pageNote, onSelect }: Props) {
  const { t } = useTranslation()
  return (
    <Tabs.Root
      value={pageNote.panel}
      onValueChange={(v) => pageNote.setPanel(v as SidePanel)}
      className="reader-sidebar-tabs"
    >
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
            selectedId={pageNote.selectedId}
            focus={pageNote.focus}
            onSelect={onSelect}
            onDelete={(id) => notes.remove.mutate(id)}
            onExport={(all) => void downloadMarkdown(resource.id, resource.title, all)}
          />
        </Tabs.Content>
      </div>
    </Tabs.Root>
  )
}
