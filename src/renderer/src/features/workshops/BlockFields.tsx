import { Text, TextField } from '@radix-ui/themes'
import { Choice } from '../../ui/Choice'
import { useTranslation } from 'react-i18next'
import { blockKinds, sectors, type Block, type Workshop } from '@shared/workshop'
import { wholeNumber, type Codec } from '../../save/codec'
import { useBlockField } from './use-workshop-field'
import { BlockMethod } from '../methods/BlockMethod'

type Sector = Block['facilitators'][number]['sector']
const lead = (b: Block) => b.facilitators[0] ?? { name: '', sector: 'civil-society' as Sector }

/** The lead facilitator's name, typed into a block's list of facilitators. */
const leadName = (b: Block): Codec<string> => ({
  show: (v) => (v as Block['facilitators'])[0]?.name ?? '',
  read: (name) => (name ? [{ ...lead(b), name }] : []),
})
const leadSector = (b: Block): Codec<Sector> => ({
  show: (v) => (v as Block['facilitators'])[0]?.sector ?? 'civil-society',
  read: (sector) => [{ ...lead(b), sector }],
})

/** A block's title, kind, minutes and lead facilitator (none for a break), each saved as it is typed or chosen. */
export function BlockFields({ w, b, label }: { w: Workshop; b: Block; label(what: string): string }) {
  const { t } = useTranslation()
  const title = useBlockField(w, b, 'title', label(t('workshops.agenda.blockTitle')))
  const kind = useBlockField<Block['kind']>(w, b, 'kind', label(t('workshops.agenda.kind')))
  const minutes = useBlockField(w, b, 'minutes', label(t('workshops.agenda.minutes')), wholeNumber())
  const name = useBlockField(w, b, 'facilitators', label(t('workshops.agenda.facilitator')), leadName(b))
  const sector = useBlockField(
    w,
    b,
    'facilitators',
    label(t('workshops.agenda.facilitatorSector')),
    leadSector(b),
    'sector',
  )
  const text = (auto: typeof title) => ({
    value: auto.value,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => auto.edit(e.currentTarget.value),
    onBlur: auto.flush,
  })
  return (
    <>
      <TextField.Root
        aria-label={title.label}
        placeholder={t('workshops.agenda.blockTitle')}
        style={{ minWidth: 220 }}
        {...text(title)}
      />
      <Choice
        label={kind.label}
        value={kind.value}
        options={blockKinds}
        prefix="workshops.kinds"
        onChange={kind.commit}
      />
      <TextField.Root aria-label={minutes.label} type="number" min={0} style={{ width: 80 }} {...text(minutes)} />
      <Text size="1" color="gray">
        {t('workshops.agenda.min')}
      </Text>
      {/* a break has no facilitator (the main side drops one a block had before it became a break) */}
      {b.kind !== 'break' && (
        <>
          <TextField.Root aria-label={name.label} placeholder={t('workshops.agenda.facilitator')} {...text(name)} />
          <Choice
            label={sector.label}
            value={sector.value}
            options={sectors}
            prefix="workshops.sectors"
            onChange={sector.commit}
          />
        </>
      )}
      <BlockMethod w={w} b={b} label={label} />
    </>
  )
}
