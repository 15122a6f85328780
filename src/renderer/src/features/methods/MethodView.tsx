import { Badge, Button, Callout, Flex, Heading, Link, Spinner, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import { RecordTitle } from '../../shell/page-title'
import { hrefFor } from '../../shell/routes'
import { useDelete } from '../../shell/undo/use-delete'
import { EditMethodDialog } from './EditMethodDialog'
import { MethodSections } from './MethodSections'
import { useMethods, useMethodTitle } from './use-methods'

/** One method's page; its fields open in a dialog at #/methods/<id>/edit. */
export function MethodView({ id, editing }: { id: string; editing: boolean }) {
  const { t } = useTranslation()
  const methods = useMethods()
  const title = useMethodTitle()
  const remove = useDelete((methodId: string) => call('methods:delete', { id: methodId }), ['methods'])
  const m = methods.data?.find((x) => x.id === id)
  if (methods.isPending) return <Spinner aria-label={t('app.loading')} />
  const back = (
    <Text size="2">
      <Link href={hrefFor('methods')}>{t('nav.methods')}</Link>
    </Text>
  )
  if (!m)
    return (
      <section>
        {back}
        <Callout.Root color="red" role="alert" mt="3">
          <Callout.Text>{t('methods.gone')}</Callout.Text>
        </Callout.Root>
      </section>
    )
  const shown = title(m)
  return (
    <section>
      {back}
      <RecordTitle title={shown} />
      <Flex gap="3" align="center" wrap="wrap" mt="1">
        <Heading as="h1" size="7" tabIndex={-1} dir="auto">
          {shown}
        </Heading>
        <Badge size="2" variant="soft">
          {t(`methods.categories.${m.category}`)}
        </Badge>
      </Flex>
      {(shown !== m.name || m.aliases.length > 0) && (
        <Text as="p" size="2" color="gray" mt="1" dir="auto">
          {[shown !== m.name ? m.name : null, ...m.aliases].filter(Boolean).join(' · ')}
        </Text>
      )}
      <Flex gap="2" mt="3">
        <Button variant="soft" onClick={() => (window.location.hash = hrefFor('methods', id, 'edit'))}>
          {t('methods.edit')}
        </Button>
        <Button
          variant="soft"
          color="red"
          onClick={() => remove.mutate(id, { onSuccess: () => (window.location.hash = hrefFor('methods')) })}
        >
          {t('methods.delete')}
        </Button>
      </Flex>
      <MethodSections m={m} />
      {editing && <EditMethodDialog m={m} onClose={() => (window.location.hash = hrefFor('methods', id))} />}
    </section>
  )
}
