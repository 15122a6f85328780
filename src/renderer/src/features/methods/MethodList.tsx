import { useMemo, useState } from 'react'
import { Badge, Card, Flex, Heading, Link, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '@shared/in-language'
import { hrefFor } from '../../shell/routes'
import { CreateByTitle } from '../../ui/CreateByTitle'
import { MethodFilters } from './MethodFilters'
import { noFilter, shownMethods } from './filter'
import { groupText, timeText } from './method-facts'
import { useCreateMethod, useMethods, useMethodTitle } from './use-methods'

/**
 * The methods library: filters at the top, one card per method with what it is for (in the
 * interface language where the method has it), its group size and time.
 */
export function MethodList() {
  const { t, i18n } = useTranslation()
  const methods = useMethods()
  const title = useMethodTitle()
  const create = useCreateMethod()
  const [filter, setFilter] = useState(noFilter)
  const shown = useMemo(
    () =>
      shownMethods(methods.data ?? [], filter).sort((a, b) =>
        title(a).localeCompare(title(b), i18n.language, { sensitivity: 'base' }),
      ),
    [methods.data, filter, title, i18n.language],
  )
  return (
    <section>
      <Heading as="h1" size="7" mb="2" tabIndex={-1}>
        {t('nav.methods')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="3">
        {t('methods.intro')}
      </Text>
      <CreateByTitle
        label={t('methods.newName')}
        action={t('methods.create')}
        error={create.error}
        onCreate={(name) => create.mutate(name)}
      />
      <MethodFilters value={filter} onChange={setFilter} />
      <Text as="p" size="2" color="gray" mb="2" role="status">
        {t('methods.count', { count: shown.length })}
      </Text>
      <Flex direction="column" gap="2" asChild>
        <ul className="methods-list" aria-label={t('methods.list')}>
          {shown.map((m) => {
            const purpose = inLanguage(m, 'purpose', i18n.language)
            return (
              <Card asChild key={m.id}>
                <li>
                  <Flex gap="2" align="center" wrap="wrap">
                    <Link href={hrefFor('methods', m.id)} weight="bold" dir="auto">
                      {title(m)}
                    </Link>
                    <Badge variant="soft">{t(`methods.categories.${m.category}`)}</Badge>
                    <Text size="1" color="gray">
                      {groupText(t, m)} · {timeText(t, m)}
                    </Text>
                  </Flex>
                  <Text as="p" size="2" mt="1" dir="auto" className="method-purpose" lang={purpose.lang}>
                    {purpose.value}
                  </Text>
                </li>
              </Card>
            )
          })}
        </ul>
      </Flex>
    </section>
  )
}
