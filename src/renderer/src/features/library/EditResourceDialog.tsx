import { Flex } from '@radix-ui/themes'
import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Input } from '@shared/contract'
import type { Resource } from '@shared/model'
import { resourceKinds } from '@shared/model-lists'
import { call } from '../../api/api'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { listOf, type Codec } from '../../save/codec'
import { useListedField } from '../../save/use-listed-field'
import { Choice } from '../../ui/Choice'
import { EditDialog } from '../../ui/EditDialog'
import { LabeledField } from '../../ui/LabeledField'

/** A year as typed: four digits, or nothing. */
const year: Codec<string> = {
  show: (v) => (v === null || v === undefined ? '' : String(v)),
  read: (text) => {
    if (text.trim() === '') return null
    if (!/^\d{4}$/.test(text.trim())) throw new Error(i18next.t('library.edit.yearInvalid'))
    return Number(text)
  },
}

function useResourceField<T = string>(r: Resource, field: keyof Resource, label: string, codec?: Codec<T>) {
  return useListedField<Resource, T>({
    listKey: ['library'],
    // the record page (and the reader's title) show the record itself, not the list
    alsoShownIn: ['resource', r.id],
    record: r,
    field,
    label,
    keys: `resource/${r.id}/`,
    codec,
    send: (edit) => call('library:edit', { id: r.id, edit: edit as Input<'library:edit'>['edit'] }),
  })
}

function DetailField({
  r,
  field,
  label,
  codec,
}: {
  r: Resource
  field: keyof Resource
  label: string
  codec?: Codec<string>
}) {
  const auto = useResourceField(r, field, label, codec)
  return <AutosaveField label={auto.label} auto={auto} multiline={field === 'summary'} rows={4} />
}

/** A resource's details, each saved as it is typed. */
export function EditResourceDialog({ resource: r, onClose }: { resource: Resource; onClose(): void }) {
  const { t } = useTranslation()
  const kind = useResourceField<Resource['kind']>(r, 'kind', t('library.columns.kind'))
  return (
    <EditDialog
      title={t('library.edit.title')}
      description={r.file ? r.file.originalName : t('library.noFile')}
      onClose={onClose}
      maxWidth="640px"
    >
      <DetailField r={r} field="title" label={t('library.columns.title')} />
      <Flex gap="3" align="start">
        <LabeledField label={kind.label}>
          <Choice
            label={kind.label}
            value={kind.value}
            options={resourceKinds}
            prefix="library.kind"
            onChange={kind.commit}
            variant="surface"
          />
          <SaveState prefix={kind.saveKey} />
        </LabeledField>
        <DetailField r={r} field="year" label={t('library.columns.year')} codec={year} />
        <DetailField r={r} field="language" label={t('library.columns.language')} />
      </Flex>
      <DetailField r={r} field="authors" label={t('library.edit.authors')} codec={listOf(',')} />
      <Flex gap="3">
        <DetailField r={r} field="publisher" label={t('library.edit.publisher')} />
        <DetailField r={r} field="region" label={t('library.columns.region')} />
      </Flex>
      <DetailField r={r} field="tags" label={t('library.edit.tags')} codec={listOf(',')} />
      <DetailField r={r} field="summary" label={t('library.edit.summary')} />
      <DetailField r={r} field="licence" label={t('library.edit.licence')} />
    </EditDialog>
  )
}
