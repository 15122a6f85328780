import { Link } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { isolate } from '../../i18n/isolate'
import { hrefFor } from '../../shell/routes'
import { useMethods, useMethodTitle } from './use-methods'

/** "Method: Fishbowl", a link to the method's page; nothing when the method is gone. */
export function MethodLink({ id }: { id: string }) {
  const { t } = useTranslation()
  const methods = useMethods()
  const title = useMethodTitle()
  const m = methods.data?.find((x) => x.id === id)
  if (!m) return null
  return (
    <Link href={hrefFor('methods', m.id)} size="2">
      {t('methods.block.open', { name: isolate(title(m)) })}
    </Link>
  )
}
