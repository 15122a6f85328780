import { Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Method } from '@shared/method'
import { methodCategories, type MethodCategory } from '@shared/method-basics'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { listOf, optionalText, wholeNumber, wholeNumberOrNone } from '../../save/codec'
import { Choice } from '../../ui/Choice'
import { EditDialog } from '../../ui/EditDialog'
import { LabeledField } from '../../ui/LabeledField'
import { useMethodField } from './use-method-field'

function Category({ m }: { m: Method }) {
  const { t } = useTranslation()
  const category = useMethodField(m, 'category', t('methods.category'))
  return (
    <LabeledField label={category.label}>
      <Choice<MethodCategory>
        label={category.label}
        value={category.value as MethodCategory}
        options={methodCategories}
        prefix="methods.categories"
        onChange={category.commit}
        variant="surface"
      />
      <SaveState prefix={category.saveKey} />
    </LabeledField>
  )
}

function Sizes({ m }: { m: Method }) {
  const { t } = useTranslation()
  const groupMin = useMethodField(m, 'groupMin', t('methods.fields.groupMin'), wholeNumber(1))
  const groupMax = useMethodField(m, 'groupMax', t('methods.fields.groupMax'), wholeNumberOrNone(1))
  const timeMin = useMethodField(m, 'timeMin', t('methods.fields.timeMin'), wholeNumber(1))
  const timeMax = useMethodField(m, 'timeMax', t('methods.fields.timeMax'), wholeNumber(1))
  return (
    <Flex gap="3" wrap="wrap">
      <AutosaveField label={groupMin.label} auto={groupMin} type="number" />
      <AutosaveField label={groupMax.label} auto={groupMax} type="number" placeholder={t('methods.noLimit')} />
      <AutosaveField label={timeMin.label} auto={timeMin} type="number" />
      <AutosaveField label={timeMax.label} auto={timeMax} type="number" />
    </Flex>
  )
}

function Lists({ m }: { m: Method }) {
  const { t } = useTranslation()
  const steps = useMethodField(m, 'steps', t('methods.fields.steps'), listOf('\n'))
  const tips = useMethodField(m, 'tips', t('methods.fields.tips'), listOf('\n'))
  const variations = useMethodField(m, 'variations', t('methods.fields.variations'), listOf('\n'))
  return (
    <>
      <AutosaveField label={steps.label} auto={steps} multiline rows={6} />
      <AutosaveField label={tips.label} auto={tips} multiline rows={4} />
      <AutosaveField label={variations.label} auto={variations} multiline rows={4} />
    </>
  )
}

/** A method's fields, each saved as it is typed; steps, tips and variations one per line. */
export function EditMethodDialog({ m, onClose }: { m: Method; onClose(): void }) {
  const { t } = useTranslation()
  const name = useMethodField(m, 'name', t('methods.fields.name'))
  const aliases = useMethodField(m, 'aliases', t('methods.fields.aliases'), listOf(','))
  const fr = useMethodField(m, 'titles.fr', t('methods.fields.titleFr'), optionalText)
  const ar = useMethodField(m, 'titles.ar', t('methods.fields.titleAr'), optionalText)
  const purpose = useMethodField(m, 'purpose', t('methods.sections.purpose'))
  const materials = useMethodField(m, 'materials', t('methods.sections.materials'))
  return (
    <EditDialog title={t('methods.dialogTitle')} description={t('methods.editHint')} onClose={onClose} maxWidth="720px">
      <AutosaveField label={name.label} auto={name} />
      <Category m={m} />
      <AutosaveField label={aliases.label} auto={aliases} />
      <AutosaveField label={fr.label} auto={fr} lang="fr" />
      <AutosaveField label={ar.label} auto={ar} lang="ar" />
      <AutosaveField label={purpose.label} auto={purpose} multiline />
      <Sizes m={m} />
      <AutosaveField label={materials.label} auto={materials} multiline rows={2} />
      <Lists m={m} />
    </EditDialog>
  )
}
