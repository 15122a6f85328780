import { localDay } from '@shared/when'
import { useState } from 'react'
import { Button, Dialog, Flex, Select, Text, TextArea, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from '../../ui/DialogFrame'
import { timelineKinds, type TimelineFields } from '@shared/timeline'
import { LabeledField } from '../../ui/LabeledField'

export const emptyEvent = (): TimelineFields => {
  const today = localDay(Date.now())
  return {
    kind: 'event',
    start: today,
    end: today,
    precision: 'day',
    title: '',
    place: '',
    organiser: '',
    summary: '',
    source: '',
  }
}

interface Props {
  initial: TimelineFields
  error: string | null
  onSave(fields: TimelineFields): void
  onClose(): void
}

export function EventDialog({ initial, error, onSave, onClose }: Props) {
  const { t } = useTranslation()
  const [f, setF] = useState(initial)
  const text = (key: 'title' | 'place' | 'organiser' | 'source' | 'start' | 'end') => ({
    value: f[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [key]: e.currentTarget.value }),
  })
  return (
    <DialogFrame
      title={t('timeline.dialogTitle')}
      description={t('timeline.dialogHint')}
      onClose={onClose}
      maxWidth="560px"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          onSave(f)
        }}
      >
        <Flex direction="column" gap="3">
          <LabeledField label={t('timeline.fields.title')}>
            <TextField.Root required {...text('title')} />
          </LabeledField>
          <Flex gap="3">
            <LabeledField label={t('timeline.fields.start')}>
              <TextField.Root type="date" required {...text('start')} />
            </LabeledField>
            <LabeledField label={t('timeline.fields.end')}>
              <TextField.Root type="date" required {...text('end')} />
            </LabeledField>
            <LabeledField label={t('timeline.fields.kind')}>
              <Select.Root
                value={f.kind}
                onValueChange={(kind) => setF({ ...f, kind: kind as TimelineFields['kind'] })}
              >
                <Select.Trigger aria-label={t('timeline.fields.kind')} />
                <Select.Content>
                  {timelineKinds
                    .filter((k) => k !== 'workshop')
                    .map((k) => (
                      <Select.Item key={k} value={k}>
                        {t(`timeline.kinds.${k}`)}
                      </Select.Item>
                    ))}
                </Select.Content>
              </Select.Root>
            </LabeledField>
          </Flex>
          <LabeledField label={t('timeline.fields.place')}>
            <TextField.Root {...text('place')} />
          </LabeledField>
          <LabeledField label={t('timeline.fields.organiser')}>
            <TextField.Root {...text('organiser')} />
          </LabeledField>
          <LabeledField label={t('timeline.fields.summary')}>
            <TextArea value={f.summary} onChange={(e) => setF({ ...f, summary: e.currentTarget.value })} />
          </LabeledField>
          {error && (
            <Text color="red" size="2" role="alert">
              {error}
            </Text>
          )}
          <Flex gap="3" justify="end">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray">
                {t('app.cancel')}
              </Button>
            </Dialog.Close>
            <Button type="submit">{t('app.save')}</Button>
          </Flex>
        </Flex>
      </form>
    </DialogFrame>
  )
}
