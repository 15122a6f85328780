import { Button, Callout, Card, Flex, Heading, IconButton, Select, Text, TextField } from '@radix-ui/themes'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { planAgenda, toClock, type PlannedBlock } from '@shared/agenda'
import { blockKinds, sectors, type Block, type Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { saveExportedFile } from '../../api/download'
import { call } from '../../api/api'
import { BlockMaterials } from './BlockMaterials'
import { ErrorText } from '../../ui/ErrorText'
import { useState } from 'react'
import { ScenarioPicker } from './ScenarioPicker'
import { LabeledField } from '../../ui/LabeledField'

function newBlock(day: number, kind: Block['kind'] = 'input'): Block {
  return {
    id: crypto.randomUUID(),
    day,
    kind,
    title: '',
    minutes: kind === 'break' ? 15 : 45,
    facilitators: [],
    links: [],
    actualStart: null,
    actualEnd: null,
    extendedBy: 0,
    scenarioId: null,
  }
}

interface RowProps {
  b: PlannedBlock
  index: number
  change(patch: Partial<Block>): void
  move(delta: -1 | 1): void
  dropOn(draggedId: string): void
  saveTemplate(): void
  remove(): void
}

const DRAG_TYPE = 'application/x-tc-block'

function BlockRow({ b, index, change, move, dropOn, saveTemplate, remove }: RowProps) {
  const { t } = useTranslation()
  const who = b.facilitators[0] ?? { name: '', sector: 'civil-society' as const }
  const label = (what: string) => t('workshops.agenda.fieldOf', { what, n: index + 1 })
  return (
    <Card asChild>
      <li
        className="agenda-block"
        data-kind={b.kind}
        draggable
        onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, b.id)}
        onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
        onDrop={(e) => {
          const dragged = e.dataTransfer.getData(DRAG_TYPE)
          if (dragged && dragged !== b.id) dropOn(dragged)
        }}
      >
        <Flex gap="2" align="center" wrap="wrap">
          <Text weight="bold" className="agenda-time">
            {toClock(b.plannedStart)}
          </Text>
          <TextField.Root
            aria-label={label(t('workshops.agenda.blockTitle'))}
            placeholder={t('workshops.agenda.blockTitle')}
            defaultValue={b.title}
            onBlur={(e) => e.currentTarget.value !== b.title && change({ title: e.currentTarget.value })}
            style={{ minWidth: 220 }}
          />
          <Select.Root value={b.kind} onValueChange={(kind) => change({ kind: kind as Block['kind'] })}>
            <Select.Trigger aria-label={label(t('workshops.agenda.kind'))} variant="soft" />
            <Select.Content>
              {blockKinds.map((k) => (
                <Select.Item key={k} value={k}>
                  {t(`workshops.kinds.${k}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
          <TextField.Root
            aria-label={label(t('workshops.agenda.minutes'))}
            type="number"
            min={0}
            defaultValue={String(b.minutes)}
            onBlur={(e) => {
              const minutes = Number(e.currentTarget.value)
              if (Number.isInteger(minutes) && minutes >= 0 && minutes !== b.minutes) change({ minutes })
            }}
            style={{ width: 80 }}
          />
          <Text size="1" color="gray">
            {t('workshops.agenda.min')}
          </Text>
          <TextField.Root
            aria-label={label(t('workshops.agenda.facilitator'))}
            placeholder={t('workshops.agenda.facilitator')}
            defaultValue={who.name}
            onBlur={(e) =>
              e.currentTarget.value !== who.name &&
              change({ facilitators: e.currentTarget.value ? [{ ...who, name: e.currentTarget.value }] : [] })
            }
          />
          <Select.Root
            value={who.sector}
            onValueChange={(sector) =>
              change({ facilitators: [{ ...who, sector: sector as Block['facilitators'][0]['sector'] }] })
            }
          >
            <Select.Trigger aria-label={label(t('workshops.agenda.facilitatorSector'))} variant="soft" />
            <Select.Content>
              {sectors.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`workshops.sectors.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
          <Flex gap="1" ml="auto">
            <IconButton variant="ghost" aria-label={label(t('workshops.agenda.moveUp'))} onClick={() => move(-1)}>
              ↑
            </IconButton>
            <IconButton variant="ghost" aria-label={label(t('workshops.agenda.moveDown'))} onClick={() => move(1)}>
              ↓
            </IconButton>
            <IconButton
              variant="ghost"
              aria-label={label(t('workshops.agenda.saveTemplate'))}
              onClick={saveTemplate}
              disabled={!b.title}
            >
              ☆
            </IconButton>
            <IconButton variant="ghost" color="red" aria-label={label(t('workshops.agenda.remove'))} onClick={remove}>
              ×
            </IconButton>
          </Flex>
        </Flex>
        <Flex gap="3" align="center" wrap="wrap">
          <BlockMaterials links={b.links} label={String(index + 1)} onChange={(links) => change({ links })} />
          {b.kind === 'scenario' && (
            <ScenarioPicker
              value={b.scenarioId}
              label={label(t('workshops.agenda.scenario'))}
              onChange={(scenarioId) => change({ scenarioId })}
            />
          )}
        </Flex>
      </li>
    </Card>
  )
}

export function AgendaTab({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t } = useTranslation()
  const days = planAgenda(w)
  const lastDay = Math.max(0, ...w.agenda.map((b) => b.day))
  const save = (agenda: Block[]) => api.update.mutate({ agenda })
  const client = useQueryClient()
  const templates = useQuery({ queryKey: ['block-templates'], queryFn: () => call('templates:list') })
  const [templateError, setTemplateError] = useState<Error | null>(null)
  const saveTemplate = async (b: Block) => {
    setTemplateError(null)
    try {
      await call('templates:save', {
        kind: b.kind,
        title: b.title,
        minutes: b.minutes,
        facilitators: b.facilitators,
        links: b.links,
      })
      await client.invalidateQueries({ queryKey: ['block-templates'] })
    } catch (error) {
      setTemplateError(error as Error)
    }
  }
  const fromTemplate = (day: number, templateId: string) => {
    const tpl = templates.data?.find((x) => x.id === templateId)
    if (tpl)
      save([
        ...w.agenda,
        {
          ...newBlock(day, tpl.kind),
          title: tpl.title,
          minutes: tpl.minutes,
          facilitators: tpl.facilitators,
          links: tpl.links,
        },
      ])
  }
  const dropOn = (draggedId: string, target: Block) => {
    const dragged = w.agenda.find((x) => x.id === draggedId)
    if (!dragged) return
    const rest = w.agenda.filter((x) => x.id !== draggedId)
    rest.splice(rest.indexOf(target), 0, { ...dragged, day: target.day })
    save(rest)
  }
  const print = async (runSheet: boolean) => {
    const file = await call('workshops:printAgenda', { id: w.id, runSheet })
    saveExportedFile(file)
  }
  const change = (id: string, patch: Partial<Block>) =>
    save(w.agenda.map((b) => (b.id === id ? { ...b, ...patch } : b)))
  const move = (id: string, delta: -1 | 1) => {
    const agenda = [...w.agenda]
    const i = agenda.findIndex((b) => b.id === id)
    const sameDay = agenda
      .map((b, j) => [b, j] as const)
      .filter(([b]) => b.day === agenda[i]!.day)
      .map(([, j]) => j)
    const target = sameDay[sameDay.indexOf(i) + delta]
    if (target === undefined) return
    ;[agenda[i], agenda[target]] = [agenda[target]!, agenda[i]!]
    save(agenda)
  }
  return (
    <Flex direction="column" gap="4">
      <Flex gap="3" align="end" wrap="wrap">
        <LabeledField label={t('workshops.agenda.dayStart')}>
          <TextField.Root
            type="time"
            defaultValue={w.dayStart}
            onBlur={(e) => e.currentTarget.value && api.update.mutate({ dayStart: e.currentTarget.value })}
          />
        </LabeledField>
        <Button variant="soft" onClick={() => save([...w.agenda, newBlock(lastDay + 1, 'opening')])}>
          {t('workshops.agenda.addDay')}
        </Button>
        <Button variant="outline" onClick={() => void print(false)}>
          {t('workshops.agenda.printAgenda')}
        </Button>
        <Button variant="outline" onClick={() => void print(true)}>
          {t('workshops.agenda.printRunSheet')}
        </Button>
      </Flex>
      <ErrorText error={templateError} />
      {days.map((day) => (
        <section key={day.day} aria-label={t('workshops.agenda.day', { day: day.day })}>
          <Flex align="baseline" gap="3" mb="2">
            <Heading as="h2" size="4">
              {t('workshops.agenda.day', { day: day.day })}
            </Heading>
            <Text size="2" color="gray">
              {t('workshops.agenda.total', {
                hours: Math.floor(day.totalMinutes / 60),
                minutes: day.totalMinutes % 60,
              })}
              {day.blocks.length > 0 &&
                ` · ${toClock(day.blocks[0]!.plannedStart)}–${toClock(day.blocks.at(-1)!.plannedEnd)}`}
            </Text>
          </Flex>
          {day.warnings.map((warning) => (
            <Callout.Root key={warning} color="amber" size="1" mb="2">
              <Callout.Text>{t(`workshops.agenda.warnings.${warning}`, { max: w.dayMaxMinutes / 60 })}</Callout.Text>
            </Callout.Root>
          ))}
          <Flex direction="column" gap="2" asChild>
            <ol className="agenda-list">
              {day.blocks.map((b) => (
                <BlockRow
                  key={b.id}
                  b={b}
                  index={w.agenda.indexOf(w.agenda.find((x) => x.id === b.id)!)}
                  change={(patch) => change(b.id, patch)}
                  move={(delta) => move(b.id, delta)}
                  dropOn={(dragged) =>
                    dropOn(
                      dragged,
                      w.agenda.find((x) => x.id === b.id)!,
                    )
                  }
                  saveTemplate={() => void saveTemplate(b)}
                  remove={() => save(w.agenda.filter((x) => x.id !== b.id))}
                />
              ))}
            </ol>
          </Flex>
          <Flex gap="2" mt="2">
            <Button variant="soft" size="1" onClick={() => save([...w.agenda, newBlock(day.day)])}>
              {t('workshops.agenda.addBlock', { day: day.day })}
            </Button>
            <Button
              variant="soft"
              size="1"
              color="gray"
              onClick={() => save([...w.agenda, newBlock(day.day, 'break')])}
            >
              {t('workshops.agenda.addBreak')}
            </Button>
            {(templates.data?.length ?? 0) > 0 && (
              <Select.Root value="" onValueChange={(id) => fromTemplate(day.day, id)}>
                <Select.Trigger
                  aria-label={t('workshops.agenda.fromTemplate', { day: day.day })}
                  placeholder={t('workshops.agenda.fromTemplatePlaceholder')}
                  variant="soft"
                />
                <Select.Content>
                  {templates.data!.map((tpl) => (
                    <Select.Item key={tpl.id} value={tpl.id}>
                      {tpl.title} ({tpl.minutes} {t('workshops.agenda.min')})
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            )}
          </Flex>
        </section>
      ))}
      {days.length === 0 ? (
        <Text color="gray">{t('workshops.agenda.empty')}</Text>
      ) : (
        <Text size="1" color="gray">
          {t('workshops.agenda.dragHint')}
        </Text>
      )}
    </Flex>
  )
}
