import { useState } from 'react'
import { Button, Flex, Select, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/api'
import { saveExportedFile } from '../../api/download'

type HandoutLanguage = 'en' | 'fr' | 'ar'

/** The search box, "Add a term", and the printed handout in the language chosen beside it. */
export function GlossaryTools({ q, onSearch, onAdd }: { q: string; onSearch(q: string): void; onAdd(): void }) {
  const { t } = useTranslation()
  const [language, setLanguage] = useState<HandoutLanguage>('en')
  const print = async () => saveExportedFile(await call('glossary:handout', { language }))
  return (
    <Flex gap="2" wrap="wrap" align="center" mb="3">
      <TextField.Root
        type="search"
        aria-label={t('glossary.search')}
        placeholder={t('glossary.search')}
        value={q}
        onChange={(e) => onSearch(e.currentTarget.value)}
        style={{ minWidth: 300 }}
      />
      <Button onClick={onAdd}>{t('glossary.add')}</Button>
      <Select.Root value={language} onValueChange={(v) => setLanguage(v as HandoutLanguage)}>
        <Select.Trigger aria-label={t('glossary.handoutLanguage')} variant="soft" />
        <Select.Content>
          <Select.Item value="en">{t('settings.languages.en')}</Select.Item>
          <Select.Item value="fr">{t('settings.languages.fr')}</Select.Item>
          <Select.Item value="ar">{t('settings.languages.ar')}</Select.Item>
        </Select.Content>
      </Select.Root>
      <Button variant="soft" onClick={() => void print()}>
        {t('glossary.print')}
      </Button>
    </Flex>
  )
}
