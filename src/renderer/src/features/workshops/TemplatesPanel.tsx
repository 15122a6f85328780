/** The reusable blocks saved from agendas, each deletable (with Undo) where they are listed. */
import { Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
import { DeleteButton } from '../../shell/undo/DeleteButton'

export function TemplatesPanel() {
  const { t } = useTranslation()
  const templates = useQuery({ queryKey: ['block-templates'], queryFn: () => call('templates:list') })
  const remove = useDelete((id: string) => call('templates:delete', { id }), ['block-templates'])
  return (
    <section aria-labelledby="block-templates" className="templates-panel">
      <Heading as="h2" size="4" mt="6" mb="2" id="block-templates">
        {t('workshops.templates.title')}
      </Heading>
      {!templates.data?.length && (
        <Text size="2" color="gray">
          {t('workshops.templates.empty')}
        </Text>
      )}
      <Flex direction="column" gap="2" asChild>
        <ul className="plain-list">
          {templates.data?.map((tpl) => (
            <Card asChild key={tpl.id}>
              <li>
                <Flex justify="between" align="center" gap="3">
                  <Text>
                    <bdi>{tpl.title}</bdi>{' '}
                    <Text size="2" color="gray">
                      {t(`workshops.kinds.${tpl.kind}`)} · {t('workshops.templates.minutes', { minutes: tpl.minutes })}
                    </Text>
                  </Text>
                  <DeleteButton
                    label={t('workshops.delete', { title: tpl.title })}
                    onDelete={() => remove.mutate(tpl.id)}
                  />
                </Flex>
              </li>
            </Card>
          ))}
        </ul>
      </Flex>
    </section>
  )
}
