import { useState } from 'react'
import { Button, Dialog, Flex, Select, Text, TextArea, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from '../../ui/DialogFrame'
import type { GlossaryFields } from '@shared/glossary'
import { useLibraryTitles } from '../workshops/BlockMaterials'
import { LabeledField } from '../../ui/LabeledField'

const NONE = '__none__'

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

export const emptyTerm = (): GlossaryFields => ({
  term: '',
  definition: '',
  aliases: [],
  related: [],
  sourceId: null,
  translations: {},
})

interface Props {
  initial: GlossaryFields
  error: string | null
  onSave(fields: GlossaryFields): void
  onClose(): void
  /** as DialogFrame's: true when the save took the facilitator to another page */
  afterClose?(): boolean
}

export function TermDialog({ initial, error, onSave, onClose, afterClose }: Props) {
  const { t } = useTranslation()
  const resources = useLibraryTitles()
  const [f, setF] = useState({
    ...initial,
    aliasesText: initial.aliases.join(', '),
    relatedText: initial.related.join(', '),
    frTerm: initial.translations.fr?.term ?? '',
    frDefinition: initial.translations.fr?.definition ?? '',
  })
  const input = (key: 'term' | 'aliasesText' | 'relatedText' | 'frTerm') => ({
    value: f[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [key]: e.currentTarget.value }),
  })
  const submit = () =>
    onSave({
      term: f.term.trim(),
      definition: f.definition,
      aliases: list(f.aliasesText),
      related: list(f.relatedText),
      sourceId: f.sourceId,
      translations: {
        ...initial.translations,
        fr: f.frTerm || f.frDefinition ? { term: f.frTerm, definition: f.frDefinition } : undefined,
      },
    })
  return (
    <DialogFrame
      title={t('glossary.dialogTitle')}
      description={t('glossary.dialogHint')}
      onClose={onClose}
      afterClose={afterClose}
      maxWidth="600px"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Flex direction="column" gap="3">
          <LabeledField label={t('glossary.fields.term')}>
            <TextField.Root required {...input('term')} />
          </LabeledField>
          <LabeledField label={t('glossary.fields.definition')}>
            <TextArea
              rows={4}
              value={f.definition}
              onChange={(e) => setF({ ...f, definition: e.currentTarget.value })}
            />
          </LabeledField>
          <LabeledField label={t('glossary.fields.aliases')}>
            <TextField.Root {...input('aliasesText')} />
          </LabeledField>
          <LabeledField label={t('glossary.fields.related')}>
            <TextField.Root {...input('relatedText')} />
          </LabeledField>
          <LabeledField label={t('glossary.fields.source')}>
            <Select.Root
              value={f.sourceId ?? NONE}
              onValueChange={(v) => setF({ ...f, sourceId: v === NONE ? null : v })}
            >
              <Select.Trigger aria-label={t('glossary.fields.source')} />
              <Select.Content>
                <Select.Item value={NONE}>{t('glossary.fields.noSource')}</Select.Item>
                {resources.map((r) => (
                  <Select.Item key={r.id} value={r.id}>
                    <bdi>{r.title}</bdi>
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </LabeledField>
          <LabeledField label={t('glossary.fields.frTerm')}>
            <TextField.Root lang="fr" {...input('frTerm')} />
          </LabeledField>
          <LabeledField label={t('glossary.fields.frDefinition')}>
            <TextArea
              lang="fr"
              rows={3}
              value={f.frDefinition}
              onChange={(e) => setF({ ...f, frDefinition: e.currentTarget.value })}
            />
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
