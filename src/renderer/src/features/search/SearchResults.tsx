import type { FocusEvent, KeyboardEvent, RefObject } from 'react'
import { Badge, Card, Flex, Heading, Link, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { SearchHit, SearchResults as Found } from '@shared/search-types'
import { hrefFor } from '../../shell/routes'
import { Snippet } from './Snippet'

function hitHref(hit: SearchHit, query: string): string {
  // not stored yet: the library shows the import's progress, and the hit opens once it is in
  if (hit.importing) return hrefFor('library')
  if (hit.kind === 'glossary') return hrefFor('glossary', hit.termId ?? '')
  if (hit.kind === 'method') return hrefFor('methods', hit.methodId ?? '')
  if (hit.kind === 'page') return hrefFor('reader', hit.resourceId, String(hit.page), query)
  if (hit.kind === 'annotation') return hrefFor('reader', hit.resourceId, String(hit.page))
  return hrefFor('reader', hit.resourceId)
}

interface GroupProps {
  title: string
  hits: SearchHit[]
  query: string
  /** the place of this group's first hit among all hits, and the one hit in the Tab order */
  first: number
  active: number
}

function Group({ title, hits, query, first, active }: GroupProps) {
  const { t } = useTranslation()
  if (!hits.length) return null
  return (
    <section aria-label={title}>
      <Heading as="h2" size="4" mb="2" mt="4">
        {title}
      </Heading>
      <Flex direction="column" gap="2" asChild>
        <ul className="search-hits">
          {hits.map((hit, i) => (
            <li key={`${hit.resourceId}-${hit.page ?? ''}-${hit.annotationId ?? ''}-${i}`}>
              <Card>
                <Flex gap="2" align="center" wrap="wrap">
                  <Link
                    href={hitHref(hit, query)}
                    weight="bold"
                    dir="auto"
                    data-hit
                    tabIndex={first + i === active ? 0 : -1}
                  >
                    {hit.title}
                  </Link>
                  {hit.page && <Badge variant="soft">{t('search.page', { page: hit.page })}</Badge>}
                  {hit.importing && (
                    <Badge variant="soft" color="amber">
                      {t('search.importing')}
                    </Badge>
                  )}
                </Flex>
                <Text as="p" size="2" mt="1">
                  <Snippet parts={hit.snippet} />
                </Text>
              </Card>
            </li>
          ))}
        </ul>
      </Flex>
    </section>
  )
}

interface Props {
  data: Found
  query: string
  active: number
  listRef: RefObject<HTMLDivElement | null>
  onKeyDown(e: KeyboardEvent): void
  onFocus(e: FocusEvent): void
}

/** The count of hits, told to screen readers as it changes; always there, so the first answer is told too. */
export function SearchSummary({ data }: { data: Found | undefined }) {
  const { t } = useTranslation()
  return (
    <Text as="p" size="2" mt="3" role="status">
      {data &&
        t('search.summary', {
          methods: t('search.count.methods', { count: data.methods.length }),
          terms: t('search.count.terms', { count: data.glossary.length }),
          resources: t('search.count.resources', { count: data.resources.length }),
          notes: t('search.count.notes', { count: data.annotations.length }),
          pages: t('search.count.pages', { count: data.totalPages }),
          ms: data.tookMs.toFixed(1),
        })}
    </Text>
  )
}

/** The hits in five groups: links, reached from the search box by the arrow keys (hit-keys.ts). */
export function SearchResults({ data, query, active, listRef, onKeyDown, onFocus }: Props) {
  const { t } = useTranslation()
  const groups = [
    { title: t('search.groups.methods'), hits: data.methods },
    { title: t('search.groups.glossary'), hits: data.glossary },
    { title: t('search.groups.resources'), hits: data.resources },
    { title: t('search.groups.annotations'), hits: data.annotations },
    { title: t('search.groups.pages'), hits: data.pages },
  ]
  const firsts = groups.map((_, g) => groups.slice(0, g).reduce((n, x) => n + x.hits.length, 0))
  return (
    <div role="region" aria-label={t('search.results')} ref={listRef} onKeyDown={onKeyDown} onFocus={onFocus}>
      {groups.map((g, i) => (
        <Group key={g.title} {...g} query={query} first={firsts[i]!} active={active} />
      ))}
    </div>
  )
}
