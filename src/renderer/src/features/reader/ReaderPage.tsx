import { Suspense, useEffect } from 'react'
import { Callout, Heading, Link, Spinner, Text } from '@radix-ui/themes'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Resource } from '@shared/model'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { dropPreloaded, pdfUrl, preloadPdf } from './pdf-files'
import { askPreviewAhead, dropPreviewAhead } from './preview-ahead'
import { RecordPage } from '../library/RecordPage'
import { useReaderSettings } from './use-reader-settings'
import { AreaLoading } from '../../shell/AreaLoading'
import { lazyPart } from '../../shell/lazy-part'

// pdf.js and its viewer CSS come with the reader itself: a record page without a PDF never fetches them
const Reader = lazyPart(() => import('./Reader').then((m) => m.Reader))
export const preloadReader = Reader.preload

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
  const library = client.getQueryState<Resource[]>(['library'])
  // the list is kept current (this page's edits are put in it, others' mark it invalidated)
  const listed = library?.isInvalidated ? undefined : library?.data?.find((r) => r.id === id)
  const resource = useQuery({
    queryKey: ['resource', id],
    queryFn: () => call('library:get', { id: id! }),
    enabled: !!id,
    initialData: listed,
    initialDataUpdatedAt: library?.dataUpdatedAt,
    // Taken from the list, it is not fetched again as the page opens (that answer redrew the reader
    // while its picture was on the way); a change made elsewhere meanwhile comes as `data:changed`.
    // Dropped once the page is left, so the next opening starts from the list again.
    staleTime: Infinity,
    gcTime: 0,
  })
  const { settings, save } = useReaderSettings()
  const file = resource.data?.file
  const url = file ? pdfUrl(file.sha256) : null
  // a page that is not one (#/reader/x/abc) opens where the document was left
  const startPage = pageParam && /^[1-9]\d{0,6}$/.test(pageParam) ? Number(pageParam) : undefined
  // Both asked while this render is still under way, so they travel while React draws the reader
  // (asking again for the same page or file asks nothing): the picture of the page it opens at
  // first, then the document's bytes, which the main side sends once the picture is answered
  // (services/reader/pictures-first.ts).
  if (file && id) askPreviewAhead(id, startPage)
  if (file && url) preloadPdf(url, file.bytes)
  useEffect(() => () => dropPreloaded(url), [url])
  useEffect(() => () => dropPreviewAhead(id), [id])
  if (!id) return <ReaderPicker />
  if (resource.error)
    return (
      <Callout.Root color="red" role="alert">
        <Callout.Text>{resource.error.message}</Callout.Text>
      </Callout.Root>
    )
  if (!resource.data || !settings) return <Spinner aria-label={t('app.loading')} />
  if (!resource.data.file) return <RecordPage resource={resource.data} />
  return (
    <Suspense fallback={<AreaLoading label={t('app.openingReader')} />}>
      <Reader
        key={`${id}/${pageParam ?? ''}/${findQuery ?? ''}`}
        resource={resource.data}
        startPage={startPage}
        findQuery={findQuery}
        settings={settings}
        save={save}
      />
    </Suspense>
  )
}
