import { useMemo, useState } from 'react'
import { Callout, Flex, Heading, SegmentedControl, Spinner, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Resource, Settings } from '@shared/model'
import { call } from '../../api/api'
import { applyQuery, emptyQuery } from './filter'
import { LibraryFilters } from './LibraryFilters'
import { ResourceGrid, ResourceTable } from './ResourceViews'
import { EditResourceDialog } from './EditResourceDialog'
import { useDelete } from '../../shell/undo/use-delete'
import { DropZone } from './DropZone'
import { ImportButton, ImportProgressBar, ImportResults } from './ImportControls'
import { useImport } from './use-import'
import { BundleButtons } from '../bundle/BundleButtons'
import { useSettings } from '../../shell/use-settings'

export function LibraryPage() {
  const { t } = useTranslation()
  const resources = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  const { settings, save } = useSettings()
  const [query, setQuery] = useState(emptyQuery)
  const [editing, setEditing] = useState<Resource | null>(null)
  const remove = useDelete((id: string) => call('library:delete', { id }), ['library'])
  const importer = useImport()
  const view = settings?.libraryView ?? 'list'
  const shown = useMemo(() => applyQuery(resources.data ?? [], query), [resources.data, query])

  const handlers = {
    onEdit: (r: Resource) => setEditing(r),
    onDelete: (r: Resource) => remove.mutate(r.id),
  }

  return (
    <DropZone onFiles={importer.importFiles}>
      <section aria-labelledby="library-title">
        <Flex align="center" justify="between" gap="3" mb="4" wrap="wrap">
          <Flex align="baseline" gap="3">
            <Heading as="h1" size="7" id="library-title" tabIndex={-1}>
              {t('library.title')}
            </Heading>
            {resources.data && <Text color="gray">{t('library.count', { count: resources.data.length })}</Text>}
          </Flex>
          <Flex gap="3" align="center">
            <SegmentedControl.Root
              value={view}
              onValueChange={(v) => save({ libraryView: v as Settings['libraryView'] })}
            >
              <SegmentedControl.Item value="list">{t('library.view.list')}</SegmentedControl.Item>
              <SegmentedControl.Item value="grid">{t('library.view.grid')}</SegmentedControl.Item>
            </SegmentedControl.Root>
            <ImportButton />
            <BundleButtons />
          </Flex>
        </Flex>
        <Text as="p" size="2" color="gray" mb="3">
          {t('library.import.hint')}
        </Text>
        <ImportProgressBar state={importer.state} />
        <ImportResults state={importer.state} onDismiss={importer.dismiss} />
        {resources.isPending && <Spinner aria-label={t('app.loading')} />}
        {resources.error && (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{t('app.error', { message: resources.error.message })}</Callout.Text>
          </Callout.Root>
        )}
        {resources.data && (
          <>
            <LibraryFilters resources={resources.data} query={query} onChange={setQuery} />
            {shown.length === 0 && <Text>{resources.data.length ? t('library.noMatch') : t('library.empty')}</Text>}
            {shown.length > 0 &&
              (view === 'grid' ? (
                <ResourceGrid resources={shown} labelledBy="library-title" {...handlers} />
              ) : (
                <ResourceTable resources={shown} labelledBy="library-title" {...handlers} />
              ))}
          </>
        )}
        {editing && <EditResourceDialog resource={editing} onClose={() => setEditing(null)} />}
      </section>
    </DropZone>
  )
}
