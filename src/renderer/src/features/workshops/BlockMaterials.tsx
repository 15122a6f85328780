/**
 * A block's linked readings: any library item and, for a document with its PDF, the page
 * to open it at (refused past its last page, as the main side refuses it too).
 */
import { useId, useState } from 'react'
import { Badge, Button, Flex, IconButton, Link, Select, Text, TextField } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Block } from '@shared/workshop'
import type { Resource } from '@shared/model'
import { readingProblem } from '@shared/readings'
import { say } from '../../i18n/i18n'
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

/** The page box of a new reading: only for a document with its PDF, refused past its last page, saying why. */
function PageBox({ resource, page, setPage, problem }: PageProps) {
  const { t } = useTranslation()
  const why = useId()
  if (!resource.file)
    return (
      <Text size="1" color="gray">
        {t('workshops.materials.recordOnly')}
      </Text>
    )
  return (
    <>
      <TextField.Root
        aria-label={t('workshops.materials.page')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? why : undefined}
        placeholder={t('workshops.materials.pageOf', { pages: resource.file.pages })}
        type="number"
        min={1}
        max={resource.file.pages}
        value={page}
        onChange={(e) => setPage(e.currentTarget.value)}
        style={{ width: 110 }}
      />
      {problem && (
        <Text id={why} size="2" color="red" role="alert">
          {problem}
        </Text>
      )}
    </>
  )
}

interface PageProps {
  resource: Resource
  page: string
  setPage(page: string): void
  problem: string | null
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
  const resources = useLibraryTitles()
  const [resourceId, setResourceId] = useState('')
  const [page, setPage] = useState('')
  const chosen = resources.find((r) => r.id === resourceId)
  const n = Number(page)
  const reading = { resourceId, page: chosen?.file && page.trim() && Number.isInteger(n) && n > 0 ? n : null }
  const problem = readingProblem(reading, chosen)
  const add = () => {
    if (!resourceId || problem) return
    onChange([...links, reading])
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
      {chosen && (
        <>
          <PageBox resource={chosen} page={page} setPage={setPage} problem={problem && say(problem)} />
          <Button size="1" onClick={add} disabled={!!problem}>
            {t('workshops.materials.add')}
          </Button>
        </>
      )}
    </Flex>
  )
}
