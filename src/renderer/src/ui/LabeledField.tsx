import type { ReactNode } from 'react'
import { Text } from '@radix-ui/themes'

/** A form control under its visible label; the label wraps the control, so clicking it focuses the control and it names the control for screen readers. */
export function LabeledField({
  label,
  size = '2',
  children,
}: {
  label: string
  size?: '1' | '2'
  children: ReactNode
}) {
  return (
    <label className="field">
      <Text as="div" size={size} weight="bold" mb="1">
        {label}
      </Text>
      {children}
    </label>
  )
}
