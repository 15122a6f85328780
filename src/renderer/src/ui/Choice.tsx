import { Select } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'

interface Props<T extends string> {
  label: string
  value: T
  options: readonly T[]
  /** where the options' words are: `${prefix}.${option}` */
  prefix: string
  onChange(value: T): void
  variant?: 'soft' | 'surface'
}

/** One of a fixed list of choices (a sector, a kind), named for screen readers, its words translated. */
export function Choice<T extends string>({ label, value, options, prefix, onChange, variant = 'soft' }: Props<T>) {
  const { t } = useTranslation()
  return (
    <Select.Root value={value} onValueChange={(v) => onChange(v as T)}>
      <Select.Trigger aria-label={label} variant={variant} />
      <Select.Content>
        {options.map((o) => (
          <Select.Item key={o} value={o}>
            {t(`${prefix}.${o}` as string)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  )
}
