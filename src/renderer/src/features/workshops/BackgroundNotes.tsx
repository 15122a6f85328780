import { Badge, Flex, IconButton, Link, Select, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { hrefFor } from '../../shell/routes'
import { useLibraryTitles } from './BlockMaterials'

/** The context profile's linked background notes and case studies, from the library. */
export function BackgroundNotes({ ids, onChange }: { ids: string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation()
  const resources = useLibraryTitles()
  const linked = ids.map((id) => resources.find((r) => r.id === id)).filter((r) => r !== undefined)
  const candidates = resources.filter((r) => !ids.includes(r.id))
  return (
    <Flex direction="column" gap="2" mt="3">
      <Text size="2" weight="bold">
        {t('workshops.context.backgroundNotes')}
      </Text>
      <Flex gap="2" wrap="wrap" align="center">
        {linked.map((r) => (
          <Badge key={r.id} size="2" variant="outline">
            <Link href={r.file ? hrefFor('reader', r.id) : hrefFor('library')} dir="auto">
              {r.title}
            </Link>
            <IconButton
              size="1"
              variant="ghost"
              aria-label={t('workshops.context.removeNote', { title: r.title })}
              onClick={() => onChange(ids.filter((x) => x !== r.id))}
            >
              ×
            </IconButton>
          </Badge>
        ))}
        <Select.Root value="" onValueChange={(id) => onChange([...ids, id])}>
          <Select.Trigger
            aria-label={t('workshops.context.addNote')}
            placeholder={t('workshops.context.addNote')}
            variant="soft"
          />
          <Select.Content>
            {candidates.map((r) => (
              <Select.Item key={r.id} value={r.id}>
                <bdi>{r.title}</bdi>
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
    </Flex>
  )
}
