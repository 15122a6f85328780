import { useState } from 'react'
import { Button, Flex, Switch, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/workshop'
import { call } from '../../api/api'
import { saveExportedFile } from '../../api/download'
import { outbox } from '../../save/outbox'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { ErrorText } from '../../ui/ErrorText'
import { useWorkshopField } from './use-workshop-field'

const formats = [
  ['md', 'exportMd'],
  ['docx', 'exportDocx'],
  ['pdf', 'exportPdf'],
] as const

export function ReportTab({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const draft = useWorkshopField(w, 'report.draft', t('workshops.report.draft'))
  const names = useWorkshopField<boolean>(w, 'report.excludeNames', t('workshops.report.excludeNames'))
  const [error, setError] = useState<Error | null>(null)
  const compose = async () =>
    draft.commit(await call('workshops:composeReport', { id: w.id, withNames: !w.report.excludeNames }))
  const download = async (format: 'md' | 'docx' | 'pdf') => {
    setError(null)
    try {
      if ((await outbox.settled(draft.saveKey)).some((e) => e.status !== 'saved'))
        throw new Error(t('save.exportUnsaved'))
      saveExportedFile(await call('workshops:export', { id: w.id, format }))
    } catch (e) {
      setError(e as Error)
    }
  }
  return (
    <Flex direction="column" gap="3">
      <Flex gap="3" align="center" wrap="wrap">
        <Button onClick={() => void compose()}>{t('workshops.report.compose')}</Button>
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Switch checked={names.value} onCheckedChange={names.commit} />
            {names.label}
          </Flex>
        </Text>
        <SaveState prefix={names.saveKey} />
      </Flex>
      <Text size="2" color="gray">
        {t('workshops.report.hint')}
      </Text>
      <AutosaveField label={draft.label} auto={draft} multiline rows={22} />
      <Flex gap="2">
        {formats.map(([format, label]) => (
          <Button key={format} variant="soft" onClick={() => void download(format)}>
            {t(`workshops.report.${label}`)}
          </Button>
        ))}
      </Flex>
      <ErrorText error={error} />
    </Flex>
  )
}
