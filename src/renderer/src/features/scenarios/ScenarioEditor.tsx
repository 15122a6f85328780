/**
 * The scenario editor: everything in one draft, saved together, with the timing
 * problems listed as the facilitator types (an inject after its phase ends).
 */
import { useState } from 'react'
import { Button, Callout, Card, Flex, Heading, IconButton, Select, Text, TextArea, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import {
  injectTypes,
  timingProblems,
  totalMinutes,
  type Inject,
  type Phase,
  type Role,
  type ScenarioFields,
} from '@shared/scenario'
import { sectors } from '@shared/workshop'
import { blankInject, blankPhase, blankRole, moveItem } from './blank'
import { BlockMaterials } from '../workshops/BlockMaterials'
import { LabeledField } from '../../ui/LabeledField'

function Order({ what, onMove, onRemove }: { what: string; onMove(d: -1 | 1): void; onRemove(): void }) {
  const { t } = useTranslation()
  return (
    <Flex gap="1">
      <IconButton size="1" variant="ghost" aria-label={t('scenarios.edit.up', { what })} onClick={() => onMove(-1)}>
        ↑
      </IconButton>
      <IconButton size="1" variant="ghost" aria-label={t('scenarios.edit.down', { what })} onClick={() => onMove(1)}>
        ↓
      </IconButton>
      <IconButton
        size="1"
        variant="ghost"
        color="red"
        aria-label={t('scenarios.edit.remove', { what })}
        onClick={onRemove}
      >
        ×
      </IconButton>
    </Flex>
  )
}

function RoleEditor({ role, n, set }: { role: Role; n: number; set(r: Role): void }) {
  const { t } = useTranslation()
  const what = t('scenarios.edit.roleN', { n })
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" wrap="wrap">
        <LabeledField size="1" label={t('scenarios.edit.roleName')}>
          <TextField.Root
            aria-label={`${what}: ${t('scenarios.edit.roleName')}`}
            value={role.name}
            onChange={(e) => set({ ...role, name: e.currentTarget.value })}
          />
        </LabeledField>
        <LabeledField size="1" label={t('scenarios.edit.sector')}>
          <Select.Root
            value={role.sector}
            onValueChange={(sector) => set({ ...role, sector: sector as Role['sector'] })}
          >
            <Select.Trigger aria-label={`${what}: ${t('scenarios.edit.sector')}`} />
            <Select.Content>
              {sectors.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`workshops.sectors.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </LabeledField>
      </Flex>
      <LabeledField size="1" label={t('scenarios.edit.publicBrief')}>
        <TextArea
          aria-label={`${what}: ${t('scenarios.edit.publicBrief')}`}
          value={role.publicBrief}
          onChange={(e) => set({ ...role, publicBrief: e.currentTarget.value })}
        />
      </LabeledField>
      <LabeledField size="1" label={t('scenarios.edit.privateBrief')}>
        <TextArea
          aria-label={`${what}: ${t('scenarios.edit.privateBrief')}`}
          value={role.privateBrief}
          onChange={(e) => set({ ...role, privateBrief: e.currentTarget.value })}
        />
      </LabeledField>
    </Flex>
  )
}

function InjectEditor({ inject, what, set }: { inject: Inject; what: string; set(i: Inject): void }) {
  const { t } = useTranslation()
  const text = (key: 'means' | 'from' | 'to') => (
    <LabeledField size="1" label={t(`scenarios.edit.${key}`)}>
      <TextField.Root
        aria-label={`${what}: ${t(`scenarios.edit.${key}`)}`}
        value={inject[key]}
        onChange={(e) => set({ ...inject, [key]: e.currentTarget.value })}
      />
    </LabeledField>
  )
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" wrap="wrap" align="end">
        <LabeledField size="1" label={t('scenarios.edit.atMinute')}>
          <TextField.Root
            aria-label={`${what}: ${t('scenarios.edit.atMinute')}`}
            type="number"
            min={0}
            value={String(inject.atMinute)}
            onChange={(e) => set({ ...inject, atMinute: Math.max(0, Number(e.currentTarget.value) || 0) })}
            style={{ width: 80 }}
          />
        </LabeledField>
        <LabeledField size="1" label={t('scenarios.edit.type')}>
          <Select.Root value={inject.type} onValueChange={(type) => set({ ...inject, type: type as Inject['type'] })}>
            <Select.Trigger aria-label={`${what}: ${t('scenarios.edit.type')}`} />
            <Select.Content>
              {injectTypes.map((k) => (
                <Select.Item key={k} value={k}>
                  {t(`scenarios.injectTypes.${k}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </LabeledField>
        {text('means')}
        {text('from')}
        {text('to')}
      </Flex>
      <LabeledField size="1" label={t('scenarios.edit.content')}>
        <TextArea
          aria-label={`${what}: ${t('scenarios.edit.content')}`}
          value={inject.content}
          onChange={(e) => set({ ...inject, content: e.currentTarget.value })}
        />
      </LabeledField>
      <LabeledField size="1" label={t('scenarios.edit.facilitatorNote')}>
        <TextArea
          aria-label={`${what}: ${t('scenarios.edit.facilitatorNote')}`}
          value={inject.facilitatorNote}
          onChange={(e) => set({ ...inject, facilitatorNote: e.currentTarget.value })}
        />
      </LabeledField>
    </Flex>
  )
}

function PhaseEditor({ phase, n, set }: { phase: Phase; n: number; set(p: Phase): void }) {
  const { t } = useTranslation()
  const what = t('scenarios.edit.phaseN', { n })
  const area = (key: 'situation' | 'tasks' | 'debriefQuestions') => (
    <LabeledField size="1" label={t(`scenarios.edit.${key}`)}>
      <TextArea
        aria-label={`${what}: ${t(`scenarios.edit.${key}`)}`}
        value={phase[key]}
        onChange={(e) => set({ ...phase, [key]: e.currentTarget.value })}
      />
    </LabeledField>
  )
  const setInject = (i: number, inject: Inject) =>
    set({ ...phase, injects: phase.injects.map((x, j) => (j === i ? inject : x)) })
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" wrap="wrap">
        <LabeledField size="1" label={t('scenarios.edit.phaseTitle')}>
          <TextField.Root
            aria-label={`${what}: ${t('scenarios.edit.phaseTitle')}`}
            value={phase.title}
            onChange={(e) => set({ ...phase, title: e.currentTarget.value })}
          />
        </LabeledField>
        <LabeledField size="1" label={t('scenarios.edit.gameTime')}>
          <TextField.Root
            aria-label={`${what}: ${t('scenarios.edit.gameTime')}`}
            value={phase.gameTime}
            onChange={(e) => set({ ...phase, gameTime: e.currentTarget.value })}
          />
        </LabeledField>
        <LabeledField size="1" label={t('scenarios.edit.minutes')}>
          <TextField.Root
            aria-label={`${what}: ${t('scenarios.edit.minutes')}`}
            type="number"
            min={1}
            value={String(phase.minutes)}
            onChange={(e) => set({ ...phase, minutes: Math.max(1, Number(e.currentTarget.value) || 1) })}
            style={{ width: 90 }}
          />
        </LabeledField>
      </Flex>
      {area('situation')}
      {area('tasks')}
      {area('debriefQuestions')}
      <Heading as="h4" size="2" mt="2">
        {t('scenarios.edit.injects')}
      </Heading>
      {phase.injects.map((inject, i) => {
        const label = t('scenarios.edit.injectN', { phase: n, n: i + 1 })
        return (
          <Card key={inject.id} variant="surface">
            <Flex justify="between">
              <Text size="2" weight="bold">
                {label}
              </Text>
              <Order
                what={label}
                onMove={(d) => set({ ...phase, injects: moveItem(phase.injects, i, d) })}
                onRemove={() => set({ ...phase, injects: phase.injects.filter((_, j) => j !== i) })}
              />
            </Flex>
            <InjectEditor inject={inject} what={label} set={(x) => setInject(i, x)} />
          </Card>
        )
      })}
      <Button
        size="1"
        variant="soft"
        onClick={() => set({ ...phase, injects: [...phase.injects, blankInject(phase.injects.at(-1)?.atMinute ?? 0)] })}
      >
        {t('scenarios.edit.addInject', { n })}
      </Button>
    </Flex>
  )
}

export function ScenarioEditor({
  initial,
  saving,
  error,
  onSave,
}: {
  initial: ScenarioFields
  saving: boolean
  error: string | null
  onSave(f: ScenarioFields): void
}) {
  const { t } = useTranslation()
  const [f, setF] = useState(() => (initial.roles.length ? initial : { ...initial, roles: [blankRole()] }))
  const problems = timingProblems(f)
  const setRole = (i: number, r: Role) => setF({ ...f, roles: f.roles.map((x, j) => (j === i ? r : x)) })
  const setPhase = (i: number, p: Phase) => setF({ ...f, phases: f.phases.map((x, j) => (j === i ? p : x)) })
  return (
    <Flex direction="column" gap="4">
      <LabeledField size="1" label={t('scenarios.edit.title')}>
        <TextField.Root
          aria-label={t('scenarios.edit.title')}
          value={f.title}
          onChange={(e) => setF({ ...f, title: e.currentTarget.value })}
        />
      </LabeledField>
      <LabeledField size="1" label={t('scenarios.edit.setting')}>
        <TextArea
          aria-label={t('scenarios.edit.setting')}
          rows={4}
          value={f.setting}
          onChange={(e) => setF({ ...f, setting: e.currentTarget.value })}
        />
      </LabeledField>
      <LabeledField size="1" label={t('scenarios.edit.themes')}>
        <TextField.Root
          aria-label={t('scenarios.edit.themes')}
          defaultValue={f.themes.join(', ')}
          onBlur={(e) =>
            setF({
              ...f,
              themes: e.currentTarget.value
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            })
          }
        />
      </LabeledField>
      <LabeledField size="1" label={t('scenarios.edit.objectives')}>
        <TextArea
          aria-label={t('scenarios.edit.objectives')}
          defaultValue={f.learningObjectives.join('\n')}
          onBlur={(e) =>
            setF({
              ...f,
              learningObjectives: e.currentTarget.value
                .split('\n')
                .map((x) => x.trim())
                .filter(Boolean),
            })
          }
        />
      </LabeledField>
      <Text size="2" weight="bold">
        {t('scenarios.edit.links')}
      </Text>
      <BlockMaterials links={f.links} label={f.title} onChange={(links) => setF({ ...f, links })} />
      <Heading as="h3" size="4">
        {t('scenarios.roles')} ({f.roles.length})
      </Heading>
      {f.roles.map((role, i) => (
        <Card key={role.id}>
          <Flex justify="between" mb="2">
            <Text weight="bold">{t('scenarios.edit.roleN', { n: i + 1 })}</Text>
            <Order
              what={t('scenarios.edit.roleN', { n: i + 1 })}
              onMove={(d) => setF({ ...f, roles: moveItem(f.roles, i, d) })}
              onRemove={() => setF({ ...f, roles: f.roles.filter((_, j) => j !== i) })}
            />
          </Flex>
          <RoleEditor role={role} n={i + 1} set={(r) => setRole(i, r)} />
        </Card>
      ))}
      <Button variant="soft" onClick={() => setF({ ...f, roles: [...f.roles, blankRole()] })}>
        {t('scenarios.edit.addRole')}
      </Button>
      <Heading as="h3" size="4">
        {t('scenarios.phases')} ({t('scenarios.totalMinutes', { minutes: totalMinutes(f) })})
      </Heading>
      {f.phases.map((phase, i) => (
        <Card key={phase.id}>
          <Flex justify="between" mb="2">
            <Text weight="bold">{t('scenarios.edit.phaseN', { n: i + 1 })}</Text>
            <Order
              what={t('scenarios.edit.phaseN', { n: i + 1 })}
              onMove={(d) => setF({ ...f, phases: moveItem(f.phases, i, d) })}
              onRemove={() => setF({ ...f, phases: f.phases.filter((_, j) => j !== i) })}
            />
          </Flex>
          <PhaseEditor phase={phase} n={i + 1} set={(p) => setPhase(i, p)} />
        </Card>
      ))}
      <Button variant="soft" onClick={() => setF({ ...f, phases: [...f.phases, blankPhase(f.phases.length + 1)] })}>
        {t('scenarios.edit.addPhase')}
      </Button>
      {problems.length > 0 && (
        <Callout.Root color="amber" role="status">
          <Callout.Text>
            {t('scenarios.edit.timingProblems')} {problems.join(' ')}
          </Callout.Text>
        </Callout.Root>
      )}
      {error && (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{error}</Callout.Text>
        </Callout.Root>
      )}
      <Flex gap="2" className="sticky-actions">
        <Button onClick={() => onSave(f)} disabled={saving || !f.title.trim() || f.roles.some((r) => !r.name.trim())}>
          {t('scenarios.edit.save')}
        </Button>
      </Flex>
    </Flex>
  )
}
