import { Card, Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { injectTypes, type Inject, type Scenario } from '@shared/scenario'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { wholeNumber } from '../../save/codec'
import { Choice } from '../../ui/Choice'
import { LabeledField } from '../../ui/LabeledField'
import { useItemField } from './use-scenario-field'
import type { ScenarioApi } from './use-scenario'
import { ItemOrder } from './ItemOrder'

interface Props {
  s: Scenario
  phaseId: string
  inject: Inject
  what: string
  api: ScenarioApi
}

const texts = ['means', 'from', 'to'] as const

function RouteField({ s, phaseId, inject, what, field }: Omit<Props, 'api'> & { field: (typeof texts)[number] }) {
  const { t } = useTranslation()
  const auto = useItemField(
    s,
    { list: 'injects', item: inject, phaseId },
    field,
    `${what}: ${t(`scenarios.edit.${field}`)}`,
  )
  return <AutosaveField size="1" label={t(`scenarios.edit.${field}`)} name={auto.label} auto={auto} />
}

/** One inject of a phase: when, how, from whom to whom, what it says, and what the facilitator watches for. */
export function InjectEditor({ s, phaseId, inject, what, api }: Props) {
  const { t } = useTranslation()
  const at = { list: 'injects', item: inject, phaseId } as const
  const named = (key: string) => `${what}: ${t(`scenarios.edit.${key}`)}`
  const minute = useItemField(s, at, 'atMinute', named('atMinute'), wholeNumber(0))
  const type = useItemField<Inject['type']>(s, at, 'type', named('type'))
  const content = useItemField(s, at, 'content', named('content'))
  const note = useItemField(s, at, 'facilitatorNote', named('facilitatorNote'))
  return (
    <Card variant="surface">
      <Flex justify="between">
        <Text size="2" weight="bold">
          {what}
        </Text>
        <ItemOrder
          what={what}
          onStep={(by) => api.onItem('injects', inject.id, { op: 'step', by }, phaseId)}
          onRemove={() => api.onItem('injects', inject.id, { op: 'remove' }, phaseId)}
        />
      </Flex>
      <Flex gap="2" wrap="wrap" align="end">
        <AutosaveField size="1" type="number" label={t('scenarios.edit.atMinute')} name={minute.label} auto={minute} />
        <LabeledField size="1" label={t('scenarios.edit.type')}>
          <Choice
            label={type.label}
            value={type.value}
            options={injectTypes}
            prefix="scenarios.injectTypes"
            onChange={type.commit}
            variant="surface"
          />
        </LabeledField>
        <SaveState prefix={type.saveKey} />
        {texts.map((field) => (
          <RouteField key={field} s={s} phaseId={phaseId} inject={inject} what={what} field={field} />
        ))}
      </Flex>
      <AutosaveField size="1" label={t('scenarios.edit.content')} name={content.label} auto={content} multiline />
      <AutosaveField size="1" label={t('scenarios.edit.facilitatorNote')} name={note.label} auto={note} multiline />
    </Card>
  )
}
