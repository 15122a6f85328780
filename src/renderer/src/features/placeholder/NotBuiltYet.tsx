import { Callout, Heading } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { AreaId } from '../../shell/routes'

export function NotBuiltYet({ area, issue }: { area: AreaId; issue: number }) {
  const { t } = useTranslation()
  const name = t(`nav.${area}`)
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {name}
      </Heading>
      <Callout.Root color="gray" role="status">
        <Callout.Text>
          <strong>{t('notBuilt.title', { area: name })}.</strong>{' '}
          {t('notBuilt.body', { issue, summary: t(`notBuilt.${area}`) })}
        </Callout.Text>
      </Callout.Root>
    </section>
  )
}
