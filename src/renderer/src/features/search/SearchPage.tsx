import { useEffect, useRef, useState } from 'react'
import { Badge, Callout, Card, Flex, Heading, Link, Select, Text, TextField } from '@radix-ui/themes'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { resourceKinds } from '@shared/model'
import type { SearchHit } from '@shared/search-types'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { facetValues } from '../library/filter'
import { Snippet } from './Snippet'

const ANY = '__any__'
export const FOCUS_SEARCH_EVENT = 'tc:focus-search'

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

function hitHref(hit: SearchHit, query: string): string {
  if (hit.kind === 'glossary') return hrefFor('glossary', hit.termId ?? '')
  if (hit.kind === 'page') return hrefFor('reader', hit.resourceId, String(hit.page), query)
  if (hit.kind === 'annotation') return hrefFor('reader', hit.resourceId, String(hit.page))
  return hrefFor('reader', hit.resourceId)
}

function Group({ title, hits, query }: { title: string; hits: SearchHit[]; query: string }) {
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
                  <Link href={hitHref(hit, query)} weight="bold" dir="auto">
                    {hit.title}
                  </Link>
                  {hit.page && <Badge variant="soft">{t('search.page', { page: hit.page })}</Badge>}
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

export function SearchPage({ params }: { params: string[] }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [q, setQ] = useState(params[0] ?? '')
  const [kind, setKind] = useState(ANY)
  const [language, setLanguage] = useState(ANY)
  const query = useDebounced(q, 120)
  const library = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  const results = useQuery({
    queryKey: ['search', query, kind, language],
    queryFn: () =>
      call('search:query', {
        q: query,
        kinds: kind === ANY ? undefined : [kind],
        language: language === ANY ? undefined : language,
      }),
    enabled: query.trim().length > 0,
    placeholderData: keepPreviousData,
  })
  useEffect(() => {
    input.current?.focus()
    const focus = () => input.current?.focus()
    window.addEventListener(FOCUS_SEARCH_EVENT, focus)
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus)
  }, [])
  const data = query.trim() ? results.data : undefined
  const languages = facetValues(library.data ?? [], (r) => [r.language])
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.search')}
      </Heading>
      <Flex gap="2" wrap="wrap" align="center">
        <TextField.Root
          ref={input}
          type="search"
          size="3"
          style={{ minWidth: 380 }}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select.Root value={kind} onValueChange={setKind}>
          <Select.Trigger aria-label={t('library.columns.kind')} variant="soft" />
          <Select.Content>
            <Select.Item value={ANY}>{t('library.filter.any', { what: t('library.columns.kind') })}</Select.Item>
            {resourceKinds.map((k) => (
              <Select.Item key={k} value={k}>
                {t(`library.kind.${k}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <Select.Root value={language} onValueChange={setLanguage}>
          <Select.Trigger aria-label={t('library.columns.language')} variant="soft" />
          <Select.Content>
            <Select.Item value={ANY}>{t('library.filter.any', { what: t('library.columns.language') })}</Select.Item>
            {languages.map((l) => (
              <Select.Item key={l} value={l}>
                {l}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
      <Text as="p" size="2" color="gray" mt="2">
        {t('search.hint')}
      </Text>
      {results.error && (
        <Callout.Root color="red" role="alert" mt="3">
          <Callout.Text>{results.error.message}</Callout.Text>
        </Callout.Root>
      )}
      {data && (
        <div role="region" aria-live="polite" aria-label={t('search.results')}>
          <Text as="p" size="2" mt="3" role="status">
            {t('search.summary', {
              terms: t('search.count.terms', { count: data.glossary.length }),
              resources: t('search.count.resources', { count: data.resources.length }),
              notes: t('search.count.notes', { count: data.annotations.length }),
              pages: t('search.count.pages', { count: data.totalPages }),
              ms: data.tookMs.toFixed(1),
            })}
          </Text>
          <Group title={t('search.groups.glossary')} hits={data.glossary} query={query} />
          <Group title={t('search.groups.resources')} hits={data.resources} query={query} />
          <Group title={t('search.groups.annotations')} hits={data.annotations} query={query} />
          <Group title={t('search.groups.pages')} hits={data.pages} query={query} />
        </div>
      )}
    </section>
  )
}
