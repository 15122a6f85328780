import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Phase, Scenario } from '@shared/scenario'
import { AutosaveField } from '../../save/AutosaveField'
import { wholeNumber } from '../../save/codec'
import { useItemField } from './use-scenario-field'
import type { ScenarioApi } from './use-scenario'
import { ItemOrder } from './ItemOrder'
import { InjectEditor } from './InjectEditor'
import { blankInject } from './blank'

interface Props {
  s: Scenario
  phase: Phase
  n: number
  api: ScenarioApi
}

const texts = ['situation', 'tasks', 'debriefQuestions'] as const

function PhaseText({
  s,
  phase,
  what,
  field,
}: Omit<Props, 'api' | 'n'> & { what: string; field: (typeof texts)[number] | 'gameTime' }) {
  const { t } = useTranslation()
  const auto = useItemField(s, { list: 'phases', item: phase }, field, `${what}: ${t(`scenarios.edit.${field}`)}`)
  return (
    <AutosaveField
      size="1"
      label={t(`scenarios.edit.${field}`)}
      name={auto.label}
      auto={auto}
      multiline={field !== 'gameTime'}
    />
  )
}

/** One phase: its title, timing and texts, and its injects. */
export function PhaseEditor({ s, phase, n, api }: Props) {
  const { t } = useTranslation()
  const what = t('scenarios.edit.phaseN', { n })
  const at = { list: 'phases', item: phase } as const
  const title = useItemField(s, at, 'title', `${what}: ${t('scenarios.edit.phaseTitle')}`)
  const minutes = useItemField(s, at, 'minutes', `${what}: ${t('scenarios.edit.minutes')}`, wholeNumber(1))
  const addInject = () =>
    api.editList.mutate({
      list: 'injects',
      phaseId: phase.id,
      ops: [{ op: 'add', item: blankInject(phase.injects.at(-1)?.atMinute ?? 0) }],
    })
  return (
    <Card>
      <Flex justify="between" mb="2">
        <Text weight="bold">{what}</Text>
        <ItemOrder
          what={what}
          onStep={(by) => api.onItem('phases', phase.id, { op: 'step', by })}
          onRemove={() => api.onItem('phases', phase.id, { op: 'remove' })}
        />
      </Flex>
      <Flex direction="column" gap="2">
        <Flex gap="2" wrap="wrap">
          <AutosaveField size="1" label={t('scenarios.edit.phaseTitle')} name={title.label} auto={title} />
          <PhaseText s={s} phase={phase} what={what} field="gameTime" />
          <AutosaveField
            size="1"
            type="number"
            label={t('scenarios.edit.minutes')}
            name={minutes.label}
            auto={minutes}
          />
        </Flex>
        {texts.map((field) => (
          <PhaseText key={field} s={s} phase={phase} what={what} field={field} />
        ))}
        <Heading as="h3" size="2" mt="2">
          {t('scenarios.edit.injects')}
        </Heading>
        {phase.injects.map((inject, i) => (
          <InjectEditor
            key={inject.id}
            s={s}
            phaseId={phase.id}
            inject={inject}
            what={t('scenarios.edit.injectN', { phase: n, n: i + 1 })}
            api={api}
          />
        ))}
        <Button size="1" variant="soft" onClick={addInject}>
          {t('scenarios.edit.addInject', { n })}
        </Button>
      </Flex>
    </Card>
  )
}
