import { Button, Callout, Flex, Heading, Select, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { type AgendaDay as PlannedDay } from '@shared/agenda'
import { formatClock, formatDuration } from '@shared/when'
import type { Block, BlockTemplate, Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { BlockRow } from './BlockRow'
import { addBlock, addFromTemplate } from './agenda-ops'

interface Props {
  w: Workshop
  day: PlannedDay
  api: WorkshopApi
  templates: BlockTemplate[]
  saveTemplate(b: Block): void
}

function DayHeading({ w, day }: Pick<Props, 'w' | 'day'>) {
  const { t, i18n } = useTranslation()
  const span = day.blocks.length
    ? ` · ${formatClock(day.blocks[0]!.plannedStart, i18n.language)}–${formatClock(day.blocks.at(-1)!.plannedEnd, i18n.language)}`
    : ''
  return (
    <>
      <Flex align="baseline" gap="3" mb="2">
        <Heading as="h2" size="4">
          {t('workshops.agenda.day', { day: day.day })}
        </Heading>
        <Text size="2" color="gray">
          {t('workshops.agenda.total', { hours: Math.floor(day.totalMinutes / 60), minutes: day.totalMinutes % 60 })}
          {span}
        </Text>
      </Flex>
      {day.warnings.map((warning) => (
        <Callout.Root key={warning} color="amber" size="1" mb="2">
          <Callout.Text>
            {t(`workshops.agenda.warnings.${warning}`, { max: formatDuration(w.dayMaxMinutes) })}
          </Callout.Text>
        </Callout.Root>
      ))}
    </>
  )
}

function AddButtons({ day, api, templates }: Pick<Props, 'api' | 'templates'> & { day: number }) {
  const { t } = useTranslation()
  const fromTemplate = (id: string) => {
    const tpl = templates.find((x) => x.id === id)
    if (tpl) api.agenda.mutate(addFromTemplate(day, tpl))
  }
  return (
    <Flex gap="2" mt="2">
      <Button variant="soft" size="1" onClick={() => api.agenda.mutate(addBlock(day))}>
        {t('workshops.agenda.addBlock', { day })}
      </Button>
      <Button variant="soft" size="1" color="gray" onClick={() => api.agenda.mutate(addBlock(day, 'break'))}>
        {t('workshops.agenda.addBreak')}
      </Button>
      {templates.length > 0 && (
        <Select.Root value="" onValueChange={fromTemplate}>
          <Select.Trigger
            aria-label={t('workshops.agenda.fromTemplate', { day })}
            placeholder={t('workshops.agenda.fromTemplatePlaceholder')}
            variant="soft"
          />
          <Select.Content>
            {templates.map((tpl) => (
              <Select.Item key={tpl.id} value={tpl.id}>
                <bdi>{tpl.title}</bdi> ({tpl.minutes} {t('workshops.agenda.min')})
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      )}
    </Flex>
  )
}

/** One day of the agenda: its timing, its blocks, and the buttons that add to it. */
export function AgendaDay({ w, day, api, templates, saveTemplate }: Props) {
  const { t } = useTranslation()
  return (
    <section aria-label={t('workshops.agenda.day', { day: day.day })}>
      <DayHeading w={w} day={day} />
      <Flex direction="column" gap="2" asChild>
        <ol className="agenda-list">
          {day.blocks.map((b) => (
            <BlockRow key={b.id} w={w} b={b} api={api} saveTemplate={saveTemplate} />
          ))}
        </ol>
      </Flex>
      <AddButtons day={day.day} api={api} templates={templates} />
    </section>
  )
}
