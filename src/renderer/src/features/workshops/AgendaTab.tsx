import { useState } from 'react'
import { Button, Flex, Text } from '@radix-ui/themes'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { planAgenda } from '@shared/agenda'
import type { Block, Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { saveExportedFile } from '../../api/download'
import { call } from '../../api/api'
import { ErrorText } from '../../ui/ErrorText'
import { WorkshopField } from './WorkshopField'
import { AgendaDay } from './AgendaDay'
import { addBlock } from './agenda-ops'
import { blockKeys, latest } from './use-workshop-field'
import { outbox } from '../../save/outbox'

function useTemplates(w: Workshop) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const templates = useQuery({ queryKey: ['block-templates'], queryFn: () => call('templates:list') })
  const [error, setError] = useState<Error | null>(null)
  const save = async (b: Block) => {
    setError(null)
    try {
      // the block as just typed, not as last drawn: a field left for this button is still on its way
      const unsaved = (await outbox.settled(blockKeys(w, b))).filter((e) => e.status !== 'saved')
      if (unsaved.length)
        return setError(
          new Error(t('workshops.agenda.templateUnsaved', { fields: unsaved.map((e) => e.label).join(', ') })),
        )
      const { kind, title, minutes, facilitators, links } = latest(client, w).agenda.find((x) => x.id === b.id) ?? b
      await call('templates:save', { kind, title, minutes, facilitators, links })
      await client.invalidateQueries({ queryKey: ['block-templates'] })
    } catch (e) {
      setError(e as Error)
    }
  }
  return { list: templates.data ?? [], save, error }
}

function Header({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t } = useTranslation()
  const lastDay = Math.max(0, ...w.agenda.map((b) => b.day))
  const print = async (runSheet: boolean) =>
    saveExportedFile(await call('workshops:printAgenda', { id: w.id, runSheet }))
  return (
    <Flex gap="3" align="end" wrap="wrap">
      <WorkshopField w={w} field="dayStart" type="time" label={t('workshops.agenda.dayStart')} />
      <Button variant="soft" onClick={() => api.agenda.mutate(addBlock(lastDay + 1, 'opening'))}>
        {t('workshops.agenda.addDay')}
      </Button>
      <Button variant="outline" onClick={() => void print(false)}>
        {t('workshops.agenda.printAgenda')}
      </Button>
      <Button variant="outline" onClick={() => void print(true)}>
        {t('workshops.agenda.printRunSheet')}
      </Button>
    </Flex>
  )
}

export function AgendaTab({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t } = useTranslation()
  const days = planAgenda(w)
  const templates = useTemplates(w)
  return (
    <Flex direction="column" gap="4">
      <Header w={w} api={api} />
      <ErrorText error={templates.error ?? api.agenda.error} />
      {days.map((day) => (
        <AgendaDay
          key={day.day}
          w={w}
          day={day}
          api={api}
          templates={templates.list}
          saveTemplate={(b) => void templates.save(b)}
        />
      ))}
      <Text size={days.length ? '1' : '2'} color="gray">
        {days.length ? t('workshops.agenda.dragHint') : t('workshops.agenda.empty')}
      </Text>
    </Flex>
  )
}
