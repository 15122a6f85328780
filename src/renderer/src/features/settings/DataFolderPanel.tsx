/**
 * Settings › Data folder: where the library is, why there (default, moved, --data,
 * portable), the folder it was moved from (kept until the facilitator deletes it), and
 * Move… — the desktop app's folder dialog, a checked copy, then a restart on the new
 * folder. Browser mode's pages never name a path, so there it says how to move it.
 */
import { Button, Callout, Card, Code, Flex, Heading, Text } from '@radix-ui/themes'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { megabytes } from '@shared/text'
import type { DataFolderInfo } from '@shared/backups'
import { call, hostKind } from '../../api/api'
import { ErrorText } from '../../ui/ErrorText'
import { WorkProgress } from './WorkProgress'
import { isolate } from './isolate'

function HowToMove({ info }: { info: DataFolderInfo }) {
  const { t } = useTranslation()
  if (info.canMove) return null
  const key =
    info.mode === 'portable'
      ? 'portable'
      : hostKind === 'browser'
        ? 'browser'
        : info.mode === 'environment'
          ? 'env'
          : 'flag'
  return (
    <Text as="p" size="2" mt="2">
      {t(`dataFolder.howToMove.${key}`, { path: info.path })}
    </Text>
  )
}

function MoveButton() {
  const { t } = useTranslation()
  const move = useMutation({ mutationFn: () => call('dataFolder:move') })
  return (
    <Flex direction="column" gap="2" mt="3">
      <Flex>
        <Button onClick={() => move.mutate()} disabled={move.isPending || !!move.data}>
          {t('dataFolder.move')}
        </Button>
      </Flex>
      <Text size="1" color="gray">
        {t('dataFolder.moveHint')}
      </Text>
      <WorkProgress running={move.isPending} label={t('dataFolder.moving')} />
      {move.data && (
        <Callout.Root color="green" role="status">
          <Callout.Text>
            {t('dataFolder.moved', {
              to: isolate(move.data.to),
              from: isolate(move.data.from),
              size: megabytes(move.data.bytes),
            })}
          </Callout.Text>
        </Callout.Root>
      )}
      <ErrorText error={move.error} />
    </Flex>
  )
}

export function DataFolderPanel() {
  const { t } = useTranslation()
  const info = useQuery({ queryKey: ['data-folder'], queryFn: () => call('dataFolder:get') })
  if (!info.data) return null
  return (
    <Card mt="6" style={{ maxWidth: 760 }} asChild>
      <section aria-labelledby="data-folder-title">
        <Heading as="h2" size="4" mb="2" id="data-folder-title">
          {t('dataFolder.title')}
        </Heading>
        <Code size="2" dir="ltr" data-testid="data-folder-path">
          {info.data.path}
        </Code>
        <Text as="p" size="2" color="gray" mt="2">
          {t(`dataFolder.modes.${info.data.mode}`)}
        </Text>
        {info.data.previous && (
          <Text as="p" size="2" mt="2">
            {t('dataFolder.previous', { path: isolate(info.data.previous) })}
          </Text>
        )}
        {info.data.canMove ? <MoveButton /> : <HowToMove info={info.data} />}
      </section>
    </Card>
  )
}
