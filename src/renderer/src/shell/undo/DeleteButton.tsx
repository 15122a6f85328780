import { IconButton } from '@radix-ui/themes'

/** The × that deletes a record from a list, named for what it deletes; its mutation (use-delete.ts) offers Undo. */
export function DeleteButton({ label, onDelete }: { label: string; onDelete(): void }) {
  return (
    <IconButton size="1" variant="ghost" color="red" aria-label={label} onClick={onDelete}>
      ×
    </IconButton>
  )
}
