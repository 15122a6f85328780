import { useState } from 'react'
import { Button, Dialog, Flex, Select, Text, TextArea, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { resourceKinds, type Resource, type ResourceEdit } from '@shared/model'
import { LabeledField } from '../../ui/LabeledField'

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

interface Props {
  resource: Resource
  error: string | null
  saving: boolean
  onSave(patch: ResourceEdit): void
  onClose(): void
}

export function EditResourceDialog({ resource, error, saving, onSave, onClose }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState({
    ...resource,
    authorsText: resource.authors.join(', '),
    tagsText: resource.tags.join(', '),
    yearText: resource.year === null ? '' : String(resource.year),
  })
  const text = (
    key: 'title' | 'publisher' | 'language' | 'region' | 'licence' | 'authorsText' | 'tagsText' | 'yearText',
  ) => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.currentTarget.value }),
  })
  const yearValid = draft.yearText === '' || /^\d{4}$/.test(draft.yearText)
  const save = () =>
    onSave({
      kind: draft.kind,
      title: draft.title.trim(),
      authors: list(draft.authorsText),
      publisher: draft.publisher,
      year: draft.yearText === '' ? null : Number(draft.yearText),
      language: draft.language,
      region: draft.region,
      tags: list(draft.tagsText),
      summary: draft.summary,
      licence: draft.licence,
      citation: draft.citation,
    })
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content maxWidth="640px">
        <Dialog.Title>{t('library.edit.title')}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {resource.file ? resource.file.originalName : t('library.noFile')}
        </Dialog.Description>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (yearValid && draft.title.trim()) save()
          }}
        >
          <Flex direction="column" gap="3">
            <LabeledField label={t('library.columns.title')}>
              <TextField.Root required {...text('title')} />
            </LabeledField>
            <Flex gap="3">
              <LabeledField label={t('library.columns.kind')}>
                <Select.Root
                  value={draft.kind}
                  onValueChange={(kind) => setDraft({ ...draft, kind: kind as Resource['kind'] })}
                >
                  <Select.Trigger aria-label={t('library.columns.kind')} />
                  <Select.Content>
                    {resourceKinds.map((k) => (
                      <Select.Item key={k} value={k}>
                        {t(`library.kind.${k}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
              </LabeledField>
              <LabeledField label={t('library.columns.year')}>
                <TextField.Root inputMode="numeric" aria-invalid={!yearValid} {...text('yearText')} />
              </LabeledField>
              <LabeledField label={t('library.columns.language')}>
                <TextField.Root {...text('language')} />
              </LabeledField>
            </Flex>
            <LabeledField label={t('library.edit.authors')}>
              <TextField.Root {...text('authorsText')} />
            </LabeledField>
            <Flex gap="3">
              <LabeledField label={t('library.edit.publisher')}>
                <TextField.Root {...text('publisher')} />
              </LabeledField>
              <LabeledField label={t('library.columns.region')}>
                <TextField.Root {...text('region')} />
              </LabeledField>
            </Flex>
            <LabeledField label={t('library.edit.tags')}>
              <TextField.Root {...text('tagsText')} />
            </LabeledField>
            <LabeledField label={t('library.edit.summary')}>
              <TextArea
                rows={4}
                value={draft.summary}
                onChange={(e) => setDraft({ ...draft, summary: e.currentTarget.value })}
              />
            </LabeledField>
            <LabeledField label={t('library.edit.licence')}>
              <TextField.Root {...text('licence')} />
            </LabeledField>
            {!yearValid && (
              <Text color="red" size="2">
                {t('library.edit.yearInvalid')}
              </Text>
            )}
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
              <Button type="submit" disabled={saving || !yearValid || !draft.title.trim()}>
                {t('app.save')}
              </Button>
            </Flex>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  )
}
