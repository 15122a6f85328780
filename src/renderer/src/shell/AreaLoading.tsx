import { Flex, Spinner, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { AreaId } from './routes'

/** What stands in an area's place while its code arrives: a polite status, no heading (the focus waits for the real one). */
export function AreaLoading({ area, label }: { area?: AreaId; label?: string }) {
  const { t } = useTranslation()
  const text =
    label ??
    (area && area !== 'present' && area !== 'screen'
      ? t('app.openingArea', { area: t(`nav.${area}`) })
      : t('app.loading'))
  return (
    <Flex role="status" align="center" gap="2" p="2">
      <Spinner />
      <Text color="gray">{text}</Text>
    </Flex>
  )
}
