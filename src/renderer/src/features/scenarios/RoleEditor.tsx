import { Card, Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Role, Scenario } from '@shared/scenario'
import { sectors } from '@shared/workshop'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { Choice } from '../../ui/Choice'
import { LabeledField } from '../../ui/LabeledField'
import { useItemField } from './use-scenario-field'
import type { ScenarioApi } from './use-scenario'
import { ItemOrder } from './ItemOrder'

/** One role of a scenario: its name, sector and briefs, each saved as it is typed. */
export function RoleEditor({ s, role, n, api }: { s: Scenario; role: Role; n: number; api: ScenarioApi }) {
  const { t } = useTranslation()
  const what = t('scenarios.edit.roleN', { n })
  const at = { list: 'roles', item: role } as const
  const named = (key: string) => `${what}: ${t(`scenarios.edit.${key}`)}`
  const name = useItemField(s, at, 'name', named('roleName'))
  const sector = useItemField<Role['sector']>(s, at, 'sector', named('sector'))
  const publicBrief = useItemField(s, at, 'publicBrief', named('publicBrief'))
  const privateBrief = useItemField(s, at, 'privateBrief', named('privateBrief'))
  return (
    <Card>
      <Flex justify="between" mb="2">
        <Text weight="bold">{what}</Text>
        <ItemOrder
          what={what}
          onStep={(by) => api.onItem('roles', role.id, { op: 'step', by })}
          onRemove={() => api.onItem('roles', role.id, { op: 'remove' })}
        />
      </Flex>
      <Flex direction="column" gap="2">
        <Flex gap="2" wrap="wrap" align="end">
          <AutosaveField size="1" label={t('scenarios.edit.roleName')} name={name.label} auto={name} />
          <LabeledField size="1" label={t('scenarios.edit.sector')}>
            <Choice
              label={sector.label}
              value={sector.value}
              options={sectors}
              prefix="workshops.sectors"
              onChange={sector.commit}
              variant="surface"
            />
          </LabeledField>
          <SaveState prefix={sector.saveKey} />
        </Flex>
        <AutosaveField
          size="1"
          label={t('scenarios.edit.publicBrief')}
          name={publicBrief.label}
          auto={publicBrief}
          multiline
        />
        <AutosaveField
          size="1"
          label={t('scenarios.edit.privateBrief')}
          name={privateBrief.label}
          auto={privateBrief}
          multiline
        />
      </Flex>
    </Card>
  )
}
