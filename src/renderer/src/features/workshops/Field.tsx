import { useState } from 'react'
import { TextArea, TextField } from '@radix-ui/themes'
import { LabeledField } from '../../ui/LabeledField'

interface Props {
  label: string
  value: string
  onSave(value: string): void
  multiline?: boolean
  type?: 'text' | 'date' | 'time' | 'number'
}

/** A labelled input that keeps what is typed locally and saves when focus leaves it (or Enter, single-line). */
export function Field({ label, value, onSave, multiline, type = 'text' }: Props) {
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    setDraft(value)
  }
  const save = () => draft !== value && onSave(draft)
  return (
    <LabeledField label={label}>
      {multiline ? (
        <TextArea rows={3} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} onBlur={save} />
      ) : (
        <TextField.Root
          type={type}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      )}
    </LabeledField>
  )
}
