import { Card, DataList, Flex, Heading, Select, Text } from '@radix-ui/themes'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/model'
import { languages } from '@shared/model-lists'
import { call } from '../../api/api'
import { settingsQuery } from '../../shell/use-settings'
import { LabeledField } from '../../ui/LabeledField'
import { SetAsidePanel } from './SetAsidePanel'
import { TrashPanel } from './TrashPanel'
import { BackupsPanel } from './BackupsPanel'
import { DataFolderPanel } from './DataFolderPanel'
import { TeamPanel } from '../team/TeamPanel'

const themes = ['system', 'light', 'dark'] as const

export function SettingsPage() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const settings = useQuery(settingsQuery)
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => call('app:info') })
  const save = useMutation({
    mutationFn: (patch: Partial<Settings>) => call('settings:set', patch),
    onSuccess: (value) => client.setQueryData(['settings'], value),
  })
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('settings.title')}
      </Heading>
      {settings.data && (
        <Flex direction="column" gap="4" maxWidth="420px">
          <LabeledField label={t('settings.language')}>
            <Select.Root
              value={settings.data.language}
              onValueChange={(language) => save.mutate({ language: language as Settings['language'] })}
            >
              <Select.Trigger aria-label={t('settings.language')} />
              <Select.Content>
                {languages.map((l) => (
                  <Select.Item key={l} value={l}>
                    {t(`settings.languages.${l}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </LabeledField>
          <LabeledField label={t('settings.theme')}>
            <Select.Root
              value={settings.data.theme}
              onValueChange={(theme) => save.mutate({ theme: theme as Settings['theme'] })}
            >
              <Select.Trigger aria-label={t('settings.theme')} />
              <Select.Content>
                {themes.map((th) => (
                  <Select.Item key={th} value={th}>
                    {t(`settings.themes.${th}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </LabeledField>
          {save.isSuccess && (
            <Text role="status" color="green" size="2">
              {t('settings.saved')}
            </Text>
          )}
        </Flex>
      )}
      {info.data && (
        <Card mt="6" style={{ maxWidth: 640 }}>
          <Heading as="h2" size="4" mb="3">
            {t('settings.about')}
          </Heading>
          <DataList.Root>
            <DataList.Item>
              <DataList.Label>{t('settings.version')}</DataList.Label>
              <DataList.Value>{info.data.version}</DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label>{t('settings.host')}</DataList.Label>
              <DataList.Value>
                {info.data.host === 'browser' ? t('app.browserMode') : t('app.desktopMode')}
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label>{t('settings.dataDir')}</DataList.Label>
              <DataList.Value>
                <code>{info.data.dataDir}</code>
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label>{t('settings.platform')}</DataList.Label>
              <DataList.Value>
                {t('settings.platformLine', { platform: info.data.platform, node: info.data.nodeVersion })}
              </DataList.Value>
            </DataList.Item>
          </DataList.Root>
        </Card>
      )}
      {info.data && <BackupsPanel dataDir={info.data.dataDir} />}
      <DataFolderPanel />
      <TeamPanel />
      <TrashPanel />
      {info.data && <SetAsidePanel dataDir={info.data.dataDir} />}
    </section>
  )
}
