import { useEffect, useRef, type KeyboardEvent, type Ref, type RefObject } from 'react'
import { TextArea, TextField } from '@radix-ui/themes'
import { LabeledField } from '../ui/LabeledField'
import type { Autosave, InLanguage } from './use-autosave'
import { SaveState } from './SaveState'

interface Props {
  label: string
  /** a translated field's language and text as written are its `lang` and `placeholder` unless given */
  auto: Autosave<string> & InLanguage
  /** when the control's name must say more than its visible label ("Role 2: Name") */
  name?: string
  multiline?: boolean
  rows?: number
  type?: 'text' | 'date' | 'time' | 'number'
  size?: '1' | '2'
  lang?: string
  placeholder?: string
  /** the control takes the focus whenever this changes to a new moment (a note just made) */
  focusAt?: number | null
  /** for a caller that works on the control itself (the report editor's formatting) */
  controlRef?: RefObject<HTMLTextAreaElement | null>
  onKeyDown?: (e: KeyboardEvent<HTMLTextAreaElement>) => void
}

/** A labelled text control that saves as the facilitator types, with its save state on the label's line. */
export function AutosaveField({
  label,
  auto,
  name,
  multiline,
  rows = 3,
  type = 'text',
  size,
  lang = auto.lang,
  placeholder = auto.asWritten,
  focusAt,
  controlRef,
  onKeyDown,
}: Props) {
  const own = useRef<HTMLTextAreaElement & HTMLInputElement>(null)
  const control = (controlRef ?? own) as RefObject<(HTMLTextAreaElement & HTMLInputElement) | null>
  useEffect(() => {
    if (focusAt) control.current?.focus()
  }, [focusAt, control])
  const common = {
    'aria-label': name,
    lang,
    placeholder,
    value: auto.value,
    onBlur: auto.flush,
    ref: control as Ref<HTMLTextAreaElement & HTMLInputElement>,
  }
  return (
    <div className="autosaved">
      <LabeledField label={label} size={size}>
        {multiline ? (
          <TextArea {...common} rows={rows} onKeyDown={onKeyDown} onChange={(e) => auto.edit(e.currentTarget.value)} />
        ) : (
          <TextField.Root
            {...common}
            type={type}
            onChange={(e) => auto.edit(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && auto.flush()}
          />
        )}
      </LabeledField>
      <SaveState prefix={auto.saveKey} />
    </div>
  )
}
