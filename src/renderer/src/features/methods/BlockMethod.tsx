import { Select } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Block, Workshop } from '@shared/workshop'
import { useBlockField } from '../workshops/use-workshop-field'
import { MethodLink } from './MethodLink'
import { useMethods, useMethodTitle } from './use-methods'

const NONE = '__none__'

/** The facilitation method an agenda block follows: chosen from the methods library, with a link to its page. */
export function BlockMethod({ w, b, label }: { w: Workshop; b: Block; label(what: string): string }) {
  const { t } = useTranslation()
  const methods = useMethods()
  const title = useMethodTitle()
  const method = useBlockField<string | null>(w, b, 'methodId', label(t('methods.block.label')))
  return (
    <>
      <Select.Root value={method.value ?? NONE} onValueChange={(v) => method.commit(v === NONE ? null : v)}>
        <Select.Trigger aria-label={method.label} variant="soft" />
        <Select.Content>
          <Select.Item value={NONE}>{t('methods.block.none')}</Select.Item>
          {methods.data?.map((m) => (
            <Select.Item key={m.id} value={m.id}>
              <bdi>{title(m)}</bdi>
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      {method.value && <MethodLink id={method.value} />}
    </>
  )
}
