/**
 * Drafts that Compose (or going back) replaced, kept in the trash: the facilitator can
 * go back to any of them; the draft it replaces is kept in turn.
 */
import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import { formatDateTime } from '@shared/when'
import { ErrorText } from '../../ui/ErrorText'
import { useRestore } from '../../shell/undo/use-restore'

export function EarlierDrafts({ workshopId, before }: { workshopId: string; before(): Promise<unknown> }) {
  const { t, i18n } = useTranslation()
  const trash = useQuery({ queryKey: ['trash'], queryFn: () => call('trash:list') })
  const restore = useRestore()
  const drafts = (trash.data ?? []).filter((e) => e.kind === 'draft' && e.parentId === workshopId)
  if (!drafts.length) return null
  return (
    <section aria-labelledby="earlier-drafts">
      <Heading as="h2" size="3" mb="2" id="earlier-drafts">
        {t('workshops.report.earlier')}
      </Heading>
      <Flex direction="column" gap="2" asChild>
        <ul className="plain-list">
          {drafts.map((d) => {
            const when = formatDateTime(d.deletedAt, i18n.language)
            return (
              <Card asChild key={d.id}>
                <li>
                  <Flex justify="between" align="center" gap="3">
                    <Text size="2" color="gray" dir="auto" className="clamp-3">
                      {t('workshops.report.keptAt', { when })} — {d.excerpt}
                    </Text>
                    <Button
                      size="1"
                      variant="soft"
                      aria-label={t('workshops.report.goBack', { when })}
                      onClick={() => void before().then(() => restore.mutate(d.id))}
                    >
                      {t('workshops.report.goBackShort')}
                    </Button>
                  </Flex>
                </li>
              </Card>
            )
          })}
        </ul>
      </Flex>
      <ErrorText error={restore.error} />
    </section>
  )
}
