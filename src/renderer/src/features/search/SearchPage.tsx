import { useEffect, useRef, useState } from 'react'
import { Callout, Flex, Heading, Select, Text, TextField } from '@radix-ui/themes'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { resourceKinds } from '@shared/model-lists'
import { call } from '../../api/api'
import { facetValues } from '../library/filter'
import { SearchResults, SearchSummary } from './SearchResults'
import { useHitKeys } from './hit-keys'

const ANY = '__any__'

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

interface FilterProps {
  kind: string
  language: string
  onKind(kind: string): void
  onLanguage(language: string): void
}

function SearchFilters({ kind, language, onKind, onLanguage }: FilterProps) {
  const { t } = useTranslation()
  const library = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  const languages = facetValues(library.data ?? [], (r) => [r.language])
  return (
    <>
      <Select.Root value={kind} onValueChange={onKind}>
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
      <Select.Root value={language} onValueChange={onLanguage}>
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
    </>
  )
}

/** The text in the address (`#/search/<text>`, as the palette sends it) becomes the box's text whenever it changes. */
function useQueryText(fromAddress: string | undefined) {
  const [q, setQ] = useState(fromAddress ?? '')
  const [seen, setSeen] = useState(fromAddress)
  if (fromAddress !== seen) {
    setSeen(fromAddress)
    if (fromAddress !== undefined) setQ(fromAddress)
  }
  return [q, setQ] as const
}

export function SearchPage({ params }: { params: string[] }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLDivElement>(null)
  const [q, setQ] = useQueryText(params[0])
  const [kind, setKind] = useState(ANY)
  const [language, setLanguage] = useState(ANY)
  const query = useDebounced(q, 120)
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
  useEffect(() => input.current?.focus(), [])
  const data = query.trim() ? results.data : undefined
  const keys = useHitKeys(input, list, data)
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
          aria-describedby="search-hint"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          onKeyDown={keys.onBoxKey}
        />
        <SearchFilters kind={kind} language={language} onKind={setKind} onLanguage={setLanguage} />
      </Flex>
      <Text as="p" size="2" color="gray" mt="2" id="search-hint">
        {t('search.hint')}
      </Text>
      {results.error && (
        <Callout.Root color="red" role="alert" mt="3">
          <Callout.Text>{results.error.message}</Callout.Text>
        </Callout.Root>
      )}
      <SearchSummary data={data} />
      {data && (
        <SearchResults
          data={data}
          query={query}
          active={keys.active}
          listRef={list}
          onKeyDown={keys.onListKey}
          onFocus={keys.onListFocus}
        />
      )}
    </section>
  )
}
