/** How many snapshots are kept and how often one is taken: two settings, saved when chosen. */
import { Flex, Select } from '@radix-ui/themes'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/model'
import { call } from '../../api/api'
import { settingsQuery } from '../../shell/use-settings'
import { LabeledField } from '../../ui/LabeledField'
import { ErrorText } from '../../ui/ErrorText'

interface ChoiceProps {
  label: string
  value: number
  choices: number[]
  text(n: number): string
  onChange(n: number): void
}

/** A number picked from a few sensible ones (and the current one, if it was set otherwise). */
function NumberChoice({ label, value, choices, text, onChange }: ChoiceProps) {
  const all = [...new Set([...choices, value])].sort((a, b) => a - b)
  return (
    <LabeledField label={label}>
      <Select.Root value={String(value)} onValueChange={(v) => onChange(Number(v))}>
        <Select.Trigger aria-label={label} />
        <Select.Content>
          {all.map((n) => (
            <Select.Item key={n} value={String(n)}>
              {text(n)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </LabeledField>
  )
}

export function BackupSettings() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const settings = useQuery(settingsQuery)
  const save = useMutation({
    mutationFn: (patch: Partial<Settings>) => call('settings:set', patch),
    onSuccess: (value) => client.setQueryData(['settings'], value),
  })
  if (!settings.data) return null
  return (
    <Flex gap="4" wrap="wrap" mb="3">
      <NumberChoice
        label={t('backups.kept')}
        value={settings.data.backupsKept}
        choices={[3, 5, 10, 20, 30, 50, 100]}
        text={(n) => t('backups.keptValue', { n })}
        onChange={(n) => save.mutate({ backupsKept: n })}
      />
      <NumberChoice
        label={t('backups.every')}
        value={settings.data.backupEveryHours}
        choices={[1, 3, 6, 12, 24, 48, 168]}
        text={(n) => t('backups.everyValue', { n })}
        onChange={(n) => save.mutate({ backupEveryHours: n })}
      />
      <ErrorText error={save.error} />
    </Flex>
  )
}
