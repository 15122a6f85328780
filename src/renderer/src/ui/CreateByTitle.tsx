import { useState } from 'react'
import { Button, Callout, Flex, TextField } from '@radix-ui/themes'

interface Props {
  /** Names the title box (its label and placeholder). */
  label: string
  action: string
  error: Error | null
  onCreate(title: string): void
}

/** The one-field form at the top of a list page: type a title, create the record; a refusal is shown and the title kept. */
export function CreateByTitle({ label, action, error, onCreate }: Props) {
  const [title, setTitle] = useState('')
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (title.trim()) onCreate(title.trim())
        }}
      >
        <Flex gap="2" mb="4">
          <TextField.Root
            aria-label={label}
            placeholder={label}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ minWidth: 360 }}
          />
          <Button type="submit">{action}</Button>
        </Flex>
      </form>
      {error && (
        <Callout.Root color="red" role="alert" mb="3">
          <Callout.Text>{error.message}</Callout.Text>
        </Callout.Root>
      )}
    </>
  )
}
