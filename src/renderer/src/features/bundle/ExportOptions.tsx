import { Checkbox, Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { BundleSelection } from '@shared/bundle'

interface Props {
  selection: BundleSelection
  allWorkshopIds: string[]
  disabled: boolean
  onChange(selection: BundleSelection): void
}

interface Row {
  key:
    | 'resources'
    | 'glossary'
    | 'scenarios'
    | 'templates'
    | 'workshops'
    | 'linked'
    | 'names'
    | 'annotations'
    | 'facilitatorOnly'
  checked: boolean
  set(on: boolean): Partial<BundleSelection>
  /** a sub-option, usable only when its parent is ticked */
  under?: boolean
}

function rows(s: BundleSelection, allWorkshopIds: string[]): Row[] {
  const all = (on: boolean) => (on ? ('all' as const) : [])
  const some = (v: 'all' | string[]) => v === 'all' || v.length > 0
  const workshops = s.workshops.length > 0
  return [
    { key: 'resources', checked: some(s.resources), set: (on) => ({ resources: all(on) }) },
    { key: 'glossary', checked: s.glossary, set: (glossary) => ({ glossary }) },
    { key: 'scenarios', checked: some(s.scenarios), set: (on) => ({ scenarios: all(on) }) },
    { key: 'templates', checked: s.templates, set: (templates) => ({ templates }) },
    { key: 'workshops', checked: workshops, set: (on) => ({ workshops: on ? allWorkshopIds : [] }) },
    { key: 'linked', checked: s.linked, set: (linked) => ({ linked }), under: workshops },
    { key: 'names', checked: s.names, set: (names) => ({ names }), under: workshops },
    { key: 'annotations', checked: s.annotations, set: (annotations) => ({ annotations }) },
    {
      key: 'facilitatorOnly',
      checked: s.facilitatorOnly,
      set: (on) => ({ facilitatorOnly: on }),
      under: s.annotations,
    },
  ]
}

/** The export dialog's choices; what is private is off until ticked, and says so. */
export function ExportOptions({ selection, allWorkshopIds, disabled, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Flex direction="column" gap="2" role="group" aria-label={t('bundle.export.title')}>
      {rows(selection, allWorkshopIds).map((row) => (
        <Text
          key={row.key}
          as="label"
          size="2"
          style={row.under !== undefined ? { paddingInlineStart: 'var(--space-5)' } : {}}
        >
          <Flex gap="2" align="start">
            <Checkbox
              checked={row.checked}
              disabled={disabled || row.under === false || (row.key === 'workshops' && !allWorkshopIds.length)}
              onCheckedChange={(c) => onChange({ ...selection, ...row.set(c === true) })}
            />
            {t(`bundle.export.${row.key}`)}
          </Flex>
        </Text>
      ))}
      <Text size="2" color="gray">
        {t('bundle.export.private')}
      </Text>
    </Flex>
  )
}
