import { Flex, Select, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Resource } from '@shared/model'
import { resourceKinds } from '@shared/model-lists'
import { facetValues, type LibraryQuery, type SortKey } from './filter'

const ANY = '__any__'
const sorts: SortKey[] = ['title', 'year', 'kind', 'added']

interface FacetProps {
  label: string
  value: string
  options: { value: string; label: string }[]
  onChange(value: string): void
}

function Facet({ label, value, options, onChange }: FacetProps) {
  const { t } = useTranslation()
  return (
    <Select.Root value={value || ANY} onValueChange={(v) => onChange(v === ANY ? '' : v)}>
      <Select.Trigger aria-label={label} placeholder={label} variant="soft" />
      <Select.Content>
        <Select.Item value={ANY}>{t('library.filter.any', { what: label })}</Select.Item>
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  )
}

export function LibraryFilters(props: { resources: Resource[]; query: LibraryQuery; onChange(q: LibraryQuery): void }) {
  const { t } = useTranslation()
  const { resources, query, onChange } = props
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch })
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }))
  return (
    <Flex gap="2" wrap="wrap" align="center" mb="3" role="group" aria-label={t('library.filter.label')}>
      <TextField.Root
        placeholder={t('library.filter.text')}
        aria-label={t('library.filter.text')}
        value={query.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        style={{ minWidth: 220 }}
      />
      <Facet
        label={t('library.columns.kind')}
        value={query.kind}
        options={resourceKinds.map((k) => ({ value: k, label: t(`library.kind.${k}`) }))}
        onChange={(kind) => set({ kind })}
      />
      <Facet
        label={t('library.columns.tags')}
        value={query.tag}
        options={plain(facetValues(resources, (r) => r.tags))}
        onChange={(tag) => set({ tag })}
      />
      <Facet
        label={t('library.columns.language')}
        value={query.language}
        options={plain(facetValues(resources, (r) => [r.language]))}
        onChange={(language) => set({ language })}
      />
      <Facet
        label={t('library.columns.region')}
        value={query.region}
        options={plain(facetValues(resources, (r) => [r.region]))}
        onChange={(region) => set({ region })}
      />
      <Facet
        label={t('library.columns.year')}
        value={query.year}
        options={plain(facetValues(resources, (r) => [r.year]).reverse())}
        onChange={(year) => set({ year })}
      />
      <Select.Root value={query.sort} onValueChange={(sort) => set({ sort: sort as SortKey })}>
        <Select.Trigger aria-label={t('library.sort.label')} variant="ghost" />
        <Select.Content>
          {sorts.map((s) => (
            <Select.Item key={s} value={s}>
              {t(`library.sort.${s}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  )
}
