import { lazy, Suspense } from 'react'
import { WorkshopPackButton } from '../bundle/WorkshopPackButton'
import { ShareButton } from '../share/ShareButton'
import { Callout, Card, Flex, Heading, Link, Spinner, Tabs, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { RecordTitle } from '../../shell/page-title'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { useWorkshop } from './use-workshop'
import { DetailsTab } from './DetailsTab'
import { ParticipantsTab } from './ParticipantsTab'
import { AgendaTab } from './AgendaTab'
import { RunTab } from './RunTab'
import { CreateByTitle } from '../../ui/CreateByTitle'
import { useDelete } from '../../shell/undo/use-delete'
import { DeleteButton } from '../../shell/undo/DeleteButton'
import { TemplatesPanel } from './TemplatesPanel'
import { useCreateWorkshop } from './use-create-workshop'
import { isolate } from '../../i18n/isolate'
import { AreaLoading } from '../../shell/AreaLoading'

// the report's editor, preview and exports are fetched when the Report tab is first opened
const ReportTab = lazy(() => import('./ReportTab').then((m) => ({ default: m.ReportTab })))

const tabs = ['details', 'participants', 'agenda', 'run', 'report'] as const

function WorkshopList() {
  const { t } = useTranslation()
  const list = useQuery({ queryKey: ['workshops'], queryFn: () => call('workshops:list') })
  const remove = useDelete((id: string) => call('workshops:delete', { id }), ['workshops'])
  const create = useCreateWorkshop()
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.workshops')}
      </Heading>
      <CreateByTitle
        label={t('workshops.newTitle')}
        action={t('workshops.create')}
        error={create.error}
        onCreate={(title) => create.mutate(title)}
      />
      {list.data?.length === 0 && <Text color="gray">{t('workshops.empty')}</Text>}
      <Flex direction="column" gap="2">
        {list.data?.map((w) => (
          <Card key={w.id}>
            <Flex justify="between" align="start" gap="3">
              <div>
                <Link href={hrefFor('workshops', w.id, 'details')} weight="bold" dir="auto">
                  {w.title}
                </Link>
                <Text as="div" size="2" color="gray">
                  {[w.startDate, w.venue && isolate(w.venue), t('workshops.blocks', { count: w.agenda.length })]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
              <DeleteButton label={t('workshops.delete', { title: w.title })} onDelete={() => remove.mutate(w.id)} />
            </Flex>
          </Card>
        ))}
      </Flex>
      <TemplatesPanel />
    </section>
  )
}

function WorkshopView({ id, tab }: { id: string; tab: string }) {
  const { t } = useTranslation()
  const api = useWorkshop(id)
  const w = api.workshop
  if (api.error)
    return (
      <Callout.Root color="red" role="alert">
        <Callout.Text>{api.error.message}</Callout.Text>
      </Callout.Root>
    )
  if (!w) return <Spinner aria-label={t('app.loading')} />
  const current = (tabs as readonly string[]).includes(tab) ? tab : 'details'
  return (
    <section>
      <Text size="2">
        <Link href={hrefFor('workshops')}>{t('nav.workshops')}</Link>
      </Text>
      <Flex justify="between" align="center" gap="3" mb="3" wrap="wrap">
        <Heading as="h1" size="6" tabIndex={-1} dir="auto">
          {w.title}
        </Heading>
        <Flex gap="2" wrap="wrap">
          <ShareButton w={w} />
          <WorkshopPackButton w={w} />
        </Flex>
      </Flex>
      <RecordTitle title={w.title} />
      {api.participants.error && (
        <Callout.Root color="red" role="alert" mb="2">
          <Callout.Text>{api.participants.error.message}</Callout.Text>
        </Callout.Root>
      )}
      <Tabs.Root value={current} onValueChange={(v) => (window.location.hash = hrefFor('workshops', id, v))}>
        <Tabs.List>
          {tabs.map((tb) => (
            <Tabs.Trigger key={tb} value={tb}>
              {t(`workshops.tabs.${tb}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <div className="workshop-tab">
          <Tabs.Content value="details">
            <DetailsTab w={w} />
          </Tabs.Content>
          <Tabs.Content value="participants">
            <ParticipantsTab w={w} api={api} />
          </Tabs.Content>
          <Tabs.Content value="agenda">
            <AgendaTab w={w} api={api} />
          </Tabs.Content>
          <Tabs.Content value="run">
            <RunTab w={w} api={api} />
          </Tabs.Content>
          <Tabs.Content value="report">
            <Suspense fallback={<AreaLoading />}>
              <ReportTab key={w.id} w={w} />
            </Suspense>
          </Tabs.Content>
        </div>
      </Tabs.Root>
    </section>
  )
}

export function WorkshopsPage({ params }: { params: string[] }) {
  const [id, tab = 'details'] = params
  return id ? <WorkshopView id={id} tab={tab} /> : <WorkshopList />
}
