import { Card, Flex, IconButton, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { PlannedBlock } from '@shared/agenda'
import { formatClock } from '@shared/when'
import type { Block, Workshop } from '@shared/workshop'
import { SaveState } from '../../save/SaveState'
import { BlockMaterials } from './BlockMaterials'
import { BlockFields } from './BlockFields'
import { ScenarioPicker } from './ScenarioPicker'
import { blockKeys, useBlockField } from './use-workshop-field'
import { dropBefore } from './agenda-ops'
import type { WorkshopApi } from './use-workshop'

const DRAG_TYPE = 'application/x-tc-block'

interface Props {
  w: Workshop
  b: PlannedBlock
  api: WorkshopApi
  saveTemplate(b: Block): void
}

function Actions({ b, api, label, saveTemplate }: Omit<Props, 'w'> & { label(what: string): string }) {
  const { t } = useTranslation()
  const step = (by: -1 | 1) => api.agenda.mutate([{ op: 'step', itemId: b.id, by }])
  return (
    <Flex gap="1" ml="auto">
      <IconButton variant="ghost" aria-label={label(t('workshops.agenda.moveUp'))} onClick={() => step(-1)}>
        ↑
      </IconButton>
      <IconButton variant="ghost" aria-label={label(t('workshops.agenda.moveDown'))} onClick={() => step(1)}>
        ↓
      </IconButton>
      <IconButton
        variant="ghost"
        aria-label={label(t('workshops.agenda.saveTemplate'))}
        onClick={() => saveTemplate(b)}
        disabled={!b.title}
      >
        ☆
      </IconButton>
      <IconButton
        variant="ghost"
        color="red"
        aria-label={label(t('workshops.agenda.remove'))}
        onClick={() => api.agenda.mutate([{ op: 'remove', itemId: b.id }])}
      >
        ×
      </IconButton>
    </Flex>
  )
}

function Materials({ w, b, label }: { w: Workshop; b: Block; label(what: string): string }) {
  const { t } = useTranslation()
  const links = useBlockField<Block['links']>(w, b, 'links', label(t('workshops.agenda.readings')))
  const scenario = useBlockField<string | null>(w, b, 'scenarioId', label(t('workshops.agenda.scenario')))
  return (
    <Flex gap="3" align="center" wrap="wrap">
      <BlockMaterials links={links.value} label={String(w.agenda.indexOf(b) + 1)} onChange={links.commit} />
      {b.kind === 'scenario' && (
        <ScenarioPicker value={scenario.value} label={scenario.label} onChange={scenario.commit} />
      )}
      <SaveState prefix={blockKeys(w, b)} />
    </Flex>
  )
}

/** One block of the agenda: dragged to reorder, every field saved as it is typed. */
export function BlockRow({ w, b, api, saveTemplate }: Props) {
  const { t, i18n } = useTranslation()
  const block = w.agenda.find((x) => x.id === b.id)!
  const label = (what: string) => t('workshops.agenda.fieldOf', { what, n: w.agenda.indexOf(block) + 1 })
  return (
    <Card asChild>
      <li
        className="agenda-block"
        data-kind={b.kind}
        draggable
        onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, b.id)}
        onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
        onDrop={(e) => {
          const ops = dropBefore(
            w.agenda.find((x) => x.id === e.dataTransfer.getData(DRAG_TYPE)),
            block,
          )
          if (ops.length) api.agenda.mutate(ops)
        }}
      >
        <Flex gap="2" align="center" wrap="wrap">
          <Text weight="bold" className="agenda-time">
            {formatClock(b.plannedStart, i18n.language)}
          </Text>
          <BlockFields w={w} b={block} label={label} />
          <Actions b={b} api={api} label={label} saveTemplate={saveTemplate} />
        </Flex>
        <Materials w={w} b={block} label={label} />
      </li>
    </Card>
  )
}
