import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/workshop'
import { AutosaveField } from '../../save/AutosaveField'
import { asIs, clockTime } from '../../save/codec'
import { useWorkshopField, type WorkshopField as Path } from './use-workshop-field'

interface Props {
  w: Workshop
  field: Path
  label: string
  multiline?: boolean
  /** 'time': a wall-clock time written as the interface language writes times (not the browser's own picker) */
  type?: 'date' | 'time'
}

/** A text field of the workshop record, saved as the facilitator types. */
export function WorkshopField({ w, field, label, multiline, type }: Props) {
  const { i18n } = useTranslation()
  const auto = useWorkshopField(w, field, label, type === 'time' ? clockTime(i18n.language) : asIs<string>())
  return <AutosaveField label={label} auto={auto} multiline={multiline} type={type === 'time' ? 'text' : type} />
}
