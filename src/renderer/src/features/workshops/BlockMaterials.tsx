/** A block's linked readings: a library resource and, where it matters, the page to open it at. */
import { useState } from 'react'
import { Badge, Button, Flex, IconButton, Link, Select, TextField } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Block } from '@shared/workshop'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'

export function useLibraryTitles() {
  const library = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  return library.data ?? []
}

export function MaterialLinks({ links }: { links: Block['links'] }) {
  const { t } = useTranslation()
  const resources = useLibraryTitles()
  return (
    <Flex gap="2" wrap="wrap">
      {links.map((l, i) => {
        const title = resources.find((r) => r.id === l.resourceId)?.title ?? '?'
        return (
          <Link
            key={i}
            size="2"
            href={l.page ? hrefFor('reader', l.resourceId, String(l.page)) : hrefFor('reader', l.resourceId)}
          >
            {t('workshops.materials.open', { title, page: l.page ?? 1 })}
          </Link>
        )
      })}
    </Flex>
  )
}

export function BlockMaterials({
  links,
  label,
  onChange,
}: {
  links: Block['links']
  label: string
  onChange(links: Block['links']): void
}) {
  const { t } = useTranslation()
  const resources = useLibraryTitles().filter((r) => r.file)
  const [resourceId, setResourceId] = useState('')
  const [page, setPage] = useState('')
  const add = () => {
    if (!resourceId) return
    const n = Number(page)
    onChange([...links, { resourceId, page: Number.isInteger(n) && n > 0 ? n : null }])
    setResourceId('')
    setPage('')
  }
  return (
    <Flex gap="2" align="center" wrap="wrap" mt="2">
      {links.map((l, i) => (
        <Badge key={i} variant="outline" size="2">
          {resources.find((r) => r.id === l.resourceId)?.title ?? '?'}
          {l.page ? ` p. ${l.page}` : ''}
          <IconButton
            size="1"
            variant="ghost"
            aria-label={t('workshops.materials.remove')}
            onClick={() => onChange(links.filter((_, j) => j !== i))}
          >
            ×
          </IconButton>
        </Badge>
      ))}
      <Select.Root value={resourceId} onValueChange={setResourceId}>
        <Select.Trigger
          aria-label={t('workshops.materials.pick', { block: label })}
          placeholder={t('workshops.materials.placeholder')}
          variant="ghost"
        />
        <Select.Content>
          {resources.map((r) => (
            <Select.Item key={r.id} value={r.id}>
              <bdi>{r.title}</bdi>
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      {resourceId && (
        <>
          <TextField.Root
            aria-label={t('workshops.materials.page')}
            placeholder={t('workshops.materials.page')}
            type="number"
            min={1}
            value={page}
            onChange={(e) => setPage(e.currentTarget.value)}
            style={{ width: 90 }}
          />
          <Button size="1" onClick={add}>
            {t('workshops.materials.add')}
          </Button>
        </>
      )}
    </Flex>
  )
}
