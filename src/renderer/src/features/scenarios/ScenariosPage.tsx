import { Badge, Callout, Card, Flex, Heading, Link, Spinner, Tabs, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { RecordTitle } from '../../shell/page-title'
import { scenarioIn, totalMinutes } from '@shared/scenario'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { useCreateScenario } from './use-create-scenario'
import { useScenario } from './use-scenario'
import { ScenarioEditor } from './ScenarioEditor'
import { ScenarioOverview } from './ScenarioOverview'
import { ScenarioRunTab } from './ScenarioRunTab'
import { CreateByTitle } from '../../ui/CreateByTitle'
import { useDelete } from '../../shell/undo/use-delete'
import { DeleteButton } from '../../shell/undo/DeleteButton'
import { isolate } from '../../i18n/isolate'

const tabs = ['overview', 'edit', 'run'] as const

function ScenarioList() {
  const { t, i18n } = useTranslation()
  const list = useQuery({ queryKey: ['scenarios'], queryFn: () => call('scenarios:list') })
  // each with its title in the interface language where it has one, in that language's order
  const shown = (list.data ?? [])
    .map((s) => scenarioIn(s, i18n.language))
    .sort((a, b) => a.title.localeCompare(b.title, i18n.language, { sensitivity: 'base' }))
  const remove = useDelete((id: string) => call('scenarios:delete', { id }), ['scenarios'])
  const create = useCreateScenario()
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.scenarios')}
      </Heading>
      <CreateByTitle
        label={t('scenarios.newTitle')}
        action={t('scenarios.create')}
        error={create.error}
        onCreate={(title) => create.mutate(title)}
      />
      <Flex direction="column" gap="2">
        {shown.map((s) => (
          <Card key={s.id}>
            <Flex gap="2" align="center" wrap="wrap">
              <Link href={hrefFor('scenarios', s.id, 'overview')} weight="bold" dir="auto">
                {s.title}
              </Link>
              {s.derivedFrom && (
                <Badge color="violet">
                  {t('scenarios.adaptedFor', { context: isolate(s.derivedFrom.contextName) })}
                </Badge>
              )}
              <span style={{ marginInlineStart: 'auto' }}>
                <DeleteButton label={t('scenarios.delete', { title: s.title })} onDelete={() => remove.mutate(s.id)} />
              </span>
            </Flex>
            <Text as="div" size="2" color="gray">
              {t('scenarios.summary', {
                roles: t('scenarios.count.roles', { count: s.roles.length }),
                phases: t('scenarios.count.phases', { count: s.phases.length }),
                injects: t('scenarios.injectCount', { count: s.phases.flatMap((p) => p.injects).length }),
                minutes: totalMinutes(s),
              })}
            </Text>
          </Card>
        ))}
      </Flex>
    </section>
  )
}

function ScenarioView({ id, tab }: { id: string; tab: string }) {
  const { t, i18n } = useTranslation()
  const api = useScenario(id)
  const s = api.scenario
  if (api.error)
    return (
      <Callout.Root color="red" role="alert">
        <Callout.Text>{api.error.message}</Callout.Text>
      </Callout.Root>
    )
  if (!s) return <Spinner aria-label={t('app.loading')} />
  const current = (tabs as readonly string[]).includes(tab) ? tab : 'overview'
  const title = scenarioIn(s, i18n.language).title
  return (
    <section>
      <Text size="2">
        <Link href={hrefFor('scenarios')}>{t('nav.scenarios')}</Link>
      </Text>
      <Heading as="h1" size="6" mb="3" tabIndex={-1} dir="auto">
        {title}
      </Heading>
      <RecordTitle title={title} />
      <Tabs.Root value={current} onValueChange={(v) => (window.location.hash = hrefFor('scenarios', id, v))}>
        <Tabs.List>
          {tabs.map((tb) => (
            <Tabs.Trigger key={tb} value={tb}>
              {t(`scenarios.tabs.${tb}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <div className="workshop-tab">
          <Tabs.Content value="overview">
            <ScenarioOverview s={s} />
          </Tabs.Content>
          <Tabs.Content value="edit">
            <ScenarioEditor s={s} api={api} />
          </Tabs.Content>
          <Tabs.Content value="run">
            <ScenarioRunTab s={s} api={api} />
          </Tabs.Content>
        </div>
      </Tabs.Root>
    </section>
  )
}

export function ScenariosPage({ params }: { params: string[] }) {
  const [id, tab = 'overview'] = params
  return id ? <ScenarioView id={id} tab={tab} /> : <ScenarioList />
}
