import { Button, Flex, Select } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { AgendaDay as PlannedDay } from '@shared/agenda'
import type { Block, BlockTemplate, Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { BlockRow } from './BlockRow'
import { DayHeader } from './DayHeader'
import { addBlock, addFromTemplate } from './agenda-ops'

interface Props {
  w: Workshop
  day: PlannedDay
  api: WorkshopApi
  templates: BlockTemplate[]
  saveTemplate(b: Block): void
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
      <DayHeader w={w} day={day} />
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
