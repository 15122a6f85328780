import { Text } from '@radix-ui/themes'

/** Why the last action failed, read out to screen readers; nothing when it did not fail. */
export function ErrorText({ error }: { error: Error | null | undefined }) {
  if (!error) return null
  return (
    <Text as="p" color="red" size="2" role="alert">
      {error.message}
    </Text>
  )
}
