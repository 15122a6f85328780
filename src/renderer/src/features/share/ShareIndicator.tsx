/**
 * While the participant share runs, the sidebar says so on every page — which workshop,
 * its code — with Stop beside it, so a facilitator never leaves a room's phones connected
 * without knowing.
 */
import { Button, Flex, Link, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { hrefFor } from '../../shell/routes'
import { useShare } from './use-share'

export function ShareIndicator() {
  const { t } = useTranslation()
  const { status, stop } = useShare()
  const session = status.data?.session
  if (!session) return null
  return (
    <Flex direction="column" gap="1" mt="4" p="2" className="share-indicator" role="status">
      <Text size="2" weight="bold">
        {t('share.sharingNow')}
      </Text>
      <Link href={hrefFor('workshops', session.workshopId, 'run')} size="2">
        <bdi>{session.workshopTitle}</bdi>
      </Link>
      <Text size="2">
        {t('share.codeIs')} <span className="share-code-small">{session.code}</span>
      </Text>
      <Button size="1" color="red" variant="soft" onClick={() => stop.mutate()} disabled={stop.isPending}>
        {t('share.stop')}
      </Button>
    </Flex>
  )
}
