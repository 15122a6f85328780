/**
 * Settings › Team folder (issue #21): the folder a sync engine keeps in step between
 * the team's machines (chosen in the desktop's dialog; browser mode is started with
 * --team FOLDER, its pages never name a path), what is shared (workshops and notes only
 * when ticked; names never), Sync now with its progress, and the last sync's result
 * including every line or PDF from a colleague that was not taken.
 */
import { useCallback } from 'react'
import { Button, Checkbox, Code, Card, Flex, Heading, Progress, Text } from '@radix-ui/themes'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TeamShare, TeamStatus } from '@shared/team'
import { call, hostKind } from '../../api/api'
import { ErrorText } from '../../ui/ErrorText'
import { TeamResult } from './TeamResult'
import { useTeamProgress } from './use-team-progress'

const shareKeys = ['resources', 'glossary', 'scenarios', 'methods', 'templates', 'workshops', 'annotations'] as const

function ShareChoices({ status }: { status: TeamStatus }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const save = useMutation({
    mutationFn: (share: TeamShare) => call('team:configure', { share, everyMinutes: status.config.everyMinutes }),
    onSuccess: (value) => client.setQueryData(['team'], value),
  })
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '12px 0 0' }}>
      <legend>
        <Text size="2" weight="bold">
          {t('team.shared')}
        </Text>
      </legend>
      <Flex direction="column" gap="1" mt="1">
        {shareKeys.map((key) => (
          <Text as="label" size="2" key={key}>
            <Flex gap="2" align="center">
              <Checkbox
                checked={status.config.share[key]}
                onCheckedChange={(on) => save.mutate({ ...status.config.share, [key]: on === true })}
              />
              {t(`team.share.${key}`)}
            </Flex>
          </Text>
        ))}
      </Flex>
      <Text as="p" size="1" color="gray" mt="1">
        {t('team.neverShared')}
      </Text>
      <ErrorText error={save.error} />
    </fieldset>
  )
}

export function TeamPanel() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const status = useQuery({ queryKey: ['team'], queryFn: () => call('team:status') })
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: ['team'] }), [client])
  const progress = useTeamProgress(refresh)
  const set = (value: TeamStatus | null) => value && client.setQueryData(['team'], value)
  const pick = useMutation({ mutationFn: () => call('team:pickFolder'), onSuccess: set })
  const leave = useMutation({ mutationFn: () => call('team:leave'), onSuccess: set })
  // what a sync brought in is said as this page's own changes, which pages do not fetch again: everything shown is
  const sync = useMutation({ mutationFn: () => call('team:sync'), onSuccess: () => void client.invalidateQueries() })
  if (!status.data) return null
  const { config, last } = status.data
  const running = sync.isPending || progress !== null
  return (
    <Card mt="6" style={{ maxWidth: 760 }} asChild>
      <section aria-labelledby="team-folder-title">
        <Heading as="h2" size="4" mb="2" id="team-folder-title">
          {t('team.title')}
        </Heading>
        <Text as="p" size="2" color="gray">
          {t('team.intro')}
        </Text>
        {config.folder ? (
          <Code size="2" dir="ltr" mt="2" data-testid="team-folder-path">
            {config.folder}
          </Code>
        ) : (
          <Text as="p" size="2" mt="2">
            {t('team.none')}
          </Text>
        )}
        {hostKind === 'browser' && !config.folder && (
          <Text as="p" size="2" mt="2">
            {t('team.browserHow')}
          </Text>
        )}
        <Flex gap="2" mt="3" wrap="wrap">
          {hostKind === 'desktop' && (
            <Button variant="soft" onClick={() => pick.mutate()} disabled={pick.isPending}>
              {config.folder ? t('team.change') : t('team.choose')}
            </Button>
          )}
          {config.folder && (
            <>
              <Button onClick={() => sync.mutate()} disabled={running}>
                {t('team.syncNow')}
              </Button>
              <Button variant="soft" color="gray" onClick={() => leave.mutate()} disabled={leave.isPending}>
                {t('team.leave')}
              </Button>
            </>
          )}
        </Flex>
        {running && (
          <Flex direction="column" gap="1" my="2" role="status" aria-live="polite">
            <Text size="2">
              {progress?.current ? t('team.checking', { title: progress.current }) : t('team.syncing')}
            </Text>
            <Progress
              aria-label={t('team.syncing')}
              value={
                progress && progress.files > 1 ? Math.round((100 * progress.filesDone) / progress.files) : undefined
              }
            />
          </Flex>
        )}
        {last && !running && <TeamResult result={last} />}
        <ShareChoices status={status.data} />
        <Text as="p" size="1" color="gray" mt="3">
          {t('team.installation', { id: status.data.installationId.slice(0, 8), every: config.everyMinutes })}
        </Text>
        <ErrorText error={pick.error ?? sync.error ?? leave.error} />
      </section>
    </Card>
  )
}
