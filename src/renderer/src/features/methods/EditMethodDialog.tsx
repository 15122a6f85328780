import { Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Method, MethodTranslation } from '@shared/method'
import { methodCategories, methodLanguages, type MethodCategory, type MethodLanguage } from '@shared/method-basics'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { listOf, optionalText, wholeNumber, wholeNumberOrNone } from '../../save/codec'
import { Choice } from '../../ui/Choice'
import { EditDialog } from '../../ui/EditDialog'
import { LabeledField } from '../../ui/LabeledField'
import { useMethodField } from './use-method-field'
import { hasTranslation } from '@shared/in-language'

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

/**
 * Where the texts the page shows are edited: the method's translation in the interface language
 * when it has one (a starter method in French or Arabic), else the text as written.
 */
function useTextPath(m: Method): {
  path: (field: keyof MethodTranslation) => string
  lang: MethodLanguage | undefined
  /** in a translation, a field left empty shows the text as written (what the page shows then) */
  shown: (asWritten: string | string[]) => string | undefined
} {
  const { i18n } = useTranslation()
  const lang = methodLanguages.find((l) => l === i18n.language && m.translations[l])
  return {
    path: (field) => (lang ? `translations.${lang}.${field}` : field),
    lang,
    shown: (asWritten) => (lang ? [asWritten].flat().join('\n') : undefined),
  }
}

function Lists({ m }: { m: Method }) {
  const { t } = useTranslation()
  const { path, lang, shown } = useTextPath(m)
  const steps = useMethodField(m, path('steps'), t('methods.fields.steps'), listOf('\n'))
  const tips = useMethodField(m, path('tips'), t('methods.fields.tips'), listOf('\n'))
  const variations = useMethodField(m, path('variations'), t('methods.fields.variations'), listOf('\n'))
  return (
    <>
      <AutosaveField label={steps.label} auto={steps} multiline rows={6} lang={lang} placeholder={shown(m.steps)} />
      <AutosaveField label={tips.label} auto={tips} multiline rows={4} lang={lang} placeholder={shown(m.tips)} />
      <AutosaveField
        label={variations.label}
        auto={variations}
        multiline
        rows={4}
        lang={lang}
        placeholder={shown(m.variations)}
      />
    </>
  )
}

/**
 * A method's fields, each saved as it is typed; steps, tips and variations one per line. Its texts
 * are the ones the page shows: in French or Arabic, a starter method's translation (`useTextPath`).
 */
export function EditMethodDialog({ m, onClose }: { m: Method; onClose(): void }) {
  const { t } = useTranslation()
  const { path, lang, shown } = useTextPath(m)
  const name = useMethodField(m, 'name', t('methods.fields.name'))
  const aliases = useMethodField(m, 'aliases', t('methods.fields.aliases'), listOf(','))
  const fr = useMethodField(m, 'titles.fr', t('methods.fields.titleFr'), optionalText)
  const ar = useMethodField(m, 'titles.ar', t('methods.fields.titleAr'), optionalText)
  const purpose = useMethodField(m, path('purpose'), t('methods.sections.purpose'))
  const materials = useMethodField(m, path('materials'), t('methods.sections.materials'))
  return (
    <EditDialog title={t('methods.dialogTitle')} description={t('methods.editHint')} onClose={onClose} maxWidth="720px">
      <AutosaveField label={name.label} auto={name} />
      <Category m={m} />
      <AutosaveField label={aliases.label} auto={aliases} />
      <AutosaveField label={fr.label} auto={fr} lang="fr" />
      <AutosaveField label={ar.label} auto={ar} lang="ar" />
      {(lang || hasTranslation(m)) && (
        <Text as="p" size="2" color="gray">
          {t(lang ? 'methods.editsTranslation' : 'methods.hasTranslations')}
        </Text>
      )}
      <AutosaveField label={purpose.label} auto={purpose} multiline lang={lang} placeholder={shown(m.purpose)} />
      <Sizes m={m} />
      <AutosaveField
        label={materials.label}
        auto={materials}
        multiline
        rows={2}
        lang={lang}
        placeholder={shown(m.materials)}
      />
      <Lists m={m} />
    </EditDialog>
  )
}
