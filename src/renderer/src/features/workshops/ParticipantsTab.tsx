import { useState } from 'react'
import { Badge, Button, Checkbox, Flex, Heading, IconButton, Table, Text, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { balance } from '@shared/agenda'
import { genders, sectors, type Participant, type Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { Choice } from '../../ui/Choice'

export function ParticipantsTab({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t } = useTranslation()
  const blank = { name: '', organisation: '', sector: 'civil-society', gender: 'undisclosed', consent: false } as const
  const [draft, setDraft] = useState<Omit<Participant, 'id'>>(blank)
  const add = () => {
    if (!draft.name.trim()) return
    api.participants.mutate([{ op: 'add', item: { ...draft, id: crypto.randomUUID() } }], {
      onSuccess: () => setDraft(blank),
    })
  }
  const bySector = balance(w.participants.map((p) => p.sector))
  const byGender = balance(w.participants.map((p) => p.gender))
  return (
    <Flex direction="column" gap="4">
      <Flex gap="4" wrap="wrap" role="group" aria-label={t('workshops.participants.balance')}>
        <Text size="2" weight="bold">
          {t('workshops.participants.balance')}:
        </Text>
        {sectors.map((s) => (
          <Badge key={s} variant={bySector[s] ? 'solid' : 'outline'} color={bySector[s] ? 'teal' : 'gray'}>
            {t(`workshops.sectors.${s}`)} {bySector[s] ?? 0}
          </Badge>
        ))}
        {genders.map((g) => (
          <Badge key={g} variant="soft" color="violet">
            {t(`workshops.genders.${g}`)} {byGender[g] ?? 0}
          </Badge>
        ))}
      </Flex>
      <Heading as="h2" size="4">
        {t('workshops.participants.add')}
      </Heading>
      <Flex gap="2" wrap="wrap" align="center">
        <TextField.Root
          aria-label={t('workshops.participants.name')}
          placeholder={t('workshops.participants.name')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <TextField.Root
          aria-label={t('workshops.participants.organisation')}
          placeholder={t('workshops.participants.organisation')}
          value={draft.organisation}
          onChange={(e) => setDraft({ ...draft, organisation: e.currentTarget.value })}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <Choice
          label={t('workshops.participants.sector')}
          value={draft.sector}
          options={sectors}
          prefix="workshops.sectors"
          onChange={(sector) => setDraft({ ...draft, sector })}
        />
        <Choice
          label={t('workshops.participants.gender')}
          value={draft.gender}
          options={genders}
          prefix="workshops.genders"
          onChange={(gender) => setDraft({ ...draft, gender })}
        />
        <Text as="label" size="2">
          <Flex gap="1" align="center">
            <Checkbox checked={draft.consent} onCheckedChange={(c) => setDraft({ ...draft, consent: c === true })} />
            {t('workshops.participants.consent')}
          </Flex>
        </Text>
        <Button onClick={add}>{t('workshops.participants.addButton')}</Button>
      </Flex>
      <Table.Root variant="surface" aria-label={t('workshops.tabs.participants')}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('workshops.participants.name')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('workshops.participants.organisation')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('workshops.participants.sector')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('workshops.participants.gender')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('workshops.participants.consent')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>
              <span className="visually-hidden">{t('workshops.participants.actions')}</span>
            </Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {w.participants.map((p) => (
            <Table.Row key={p.id}>
              <Table.RowHeaderCell dir="auto">{p.name}</Table.RowHeaderCell>
              <Table.Cell dir="auto">{p.organisation}</Table.Cell>
              <Table.Cell>{t(`workshops.sectors.${p.sector}`)}</Table.Cell>
              <Table.Cell>{t(`workshops.genders.${p.gender}`)}</Table.Cell>
              <Table.Cell>{p.consent ? t('workshops.participants.yes') : t('workshops.participants.no')}</Table.Cell>
              <Table.Cell>
                <IconButton
                  variant="ghost"
                  color="red"
                  aria-label={t('workshops.participants.remove', { name: p.name })}
                  onClick={() => api.participants.mutate([{ op: 'remove', itemId: p.id }])}
                >
                  ×
                </IconButton>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Flex>
  )
}
