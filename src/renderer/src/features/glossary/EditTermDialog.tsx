import { Select } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Input } from '@shared/contract'
import type { GlossaryTerm } from '@shared/glossary'
import { call } from '../../api/api'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { listOf, optionalText, orNone, type Codec } from '../../save/codec'
import { useListedField } from '../../save/use-listed-field'
import { EditDialog } from '../../ui/EditDialog'
import { LabeledField } from '../../ui/LabeledField'
import { useLibraryTitles } from '../workshops/BlockMaterials'

const NONE = '__none__'

function useTermField(term: GlossaryTerm, field: string, label: string, codec?: Codec<string>) {
  return useListedField({
    listKey: ['glossary'],
    record: term,
    field,
    label,
    keys: `glossary/${term.id}/`,
    codec,
    send: (edit) => call('glossary:edit', { id: term.id, edit: edit as Input<'glossary:edit'>['edit'] }),
  })
}

function Source({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation()
  const resources = useLibraryTitles()
  const source = useTermField(term, 'sourceId', t('glossary.fields.source'), orNone(NONE))
  return (
    <LabeledField label={source.label}>
      <Select.Root value={source.value} onValueChange={source.commit}>
        <Select.Trigger aria-label={source.label} />
        <Select.Content>
          <Select.Item value={NONE}>{t('glossary.fields.noSource')}</Select.Item>
          {resources.map((r) => (
            <Select.Item key={r.id} value={r.id}>
              <bdi>{r.title}</bdi>
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      <SaveState prefix={source.saveKey} />
    </LabeledField>
  )
}

/** A glossary term's fields, each saved as it is typed. */
export function EditTermDialog({ term, onClose }: { term: GlossaryTerm; onClose(): void }) {
  const { t } = useTranslation()
  const name = useTermField(term, 'term', t('glossary.fields.term'))
  const definition = useTermField(term, 'definition', t('glossary.fields.definition'))
  const aliases = useTermField(term, 'aliases', t('glossary.fields.aliases'), listOf(','))
  const related = useTermField(term, 'related', t('glossary.fields.related'), listOf(','))
  const frTerm = useTermField(term, 'translations.fr.term', t('glossary.fields.frTerm'), optionalText)
  const frDefinition = useTermField(term, 'translations.fr.definition', t('glossary.fields.frDefinition'), optionalText)
  const arTerm = useTermField(term, 'translations.ar.term', t('glossary.fields.arTerm'), optionalText)
  const arDefinition = useTermField(term, 'translations.ar.definition', t('glossary.fields.arDefinition'), optionalText)
  return (
    <EditDialog title={t('glossary.dialogTitle')} description={t('glossary.editHint')} onClose={onClose}>
      <AutosaveField label={name.label} auto={name} />
      <AutosaveField label={definition.label} auto={definition} multiline rows={4} />
      <AutosaveField label={aliases.label} auto={aliases} />
      <AutosaveField label={related.label} auto={related} />
      <Source term={term} />
      <AutosaveField label={frTerm.label} auto={frTerm} lang="fr" />
      <AutosaveField label={frDefinition.label} auto={frDefinition} lang="fr" multiline />
      <AutosaveField label={arTerm.label} auto={arTerm} lang="ar" />
      <AutosaveField label={arDefinition.label} auto={arDefinition} lang="ar" multiline />
    </EditDialog>
  )
}
