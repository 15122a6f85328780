import type { Workshop } from '@shared/workshop'
import { AutosaveField } from '../../save/AutosaveField'
import { useWorkshopField, type WorkshopField as Path } from './use-workshop-field'

interface Props {
  w: Workshop
  field: Path
  label: string
  multiline?: boolean
  type?: 'date' | 'time'
}

/** A text field of the workshop record, saved as the facilitator types. */
export function WorkshopField({ w, field, label, multiline, type }: Props) {
  const auto = useWorkshopField(w, field, label)
  return <AutosaveField label={label} auto={auto} multiline={multiline} type={type} />
}
