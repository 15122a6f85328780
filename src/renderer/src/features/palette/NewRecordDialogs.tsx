/**
 * What the palette's "New …" actions open: the same creation as the list pages
 * (their hooks), asked for in a dialog so it works from any area. The new record opens,
 * and the focus goes to its page rather than back to where the palette was opened.
 */
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from '../../ui/DialogFrame'
import { CreateByTitle } from '../../ui/CreateByTitle'
import { hrefFor } from '../../shell/routes'
import { useCreateWorkshop } from '../workshops/use-create-workshop'
import { useCreateScenario } from '../scenarios/use-create-scenario'
import { useCreateTerm } from '../glossary/use-create-term'
import { TermDialog, emptyTerm } from '../glossary/TermDialog'

type Creation = ReturnType<typeof useCreateWorkshop> | ReturnType<typeof useCreateScenario>

function TitleDialog({
  area,
  create,
  onClose,
}: {
  area: 'workshops' | 'scenarios'
  create: Creation
  onClose(): void
}) {
  const { t } = useTranslation()
  const created = useRef(false)
  const done = () => {
    created.current = true
    onClose()
  }
  return (
    <DialogFrame
      title={t(`palette.new.${area}`)}
      description={t(`palette.new.${area}Description`)}
      onClose={onClose}
      afterClose={() => created.current}
    >
      <CreateByTitle
        label={t(`${area}.newTitle`)}
        action={t(`${area}.create`)}
        error={create.error}
        onCreate={(title) => create.mutate(title, { onSuccess: done })}
      />
    </DialogFrame>
  )
}

export function NewWorkshopDialog({ onClose }: { onClose(): void }) {
  return <TitleDialog area="workshops" create={useCreateWorkshop()} onClose={onClose} />
}

export function NewScenarioDialog({ onClose }: { onClose(): void }) {
  return <TitleDialog area="scenarios" create={useCreateScenario()} onClose={onClose} />
}

export function NewTermDialog({ onClose }: { onClose(): void }) {
  const created = useRef(false)
  const create = useCreateTerm((term) => {
    created.current = true
    window.location.hash = hrefFor('glossary', term.id)
    onClose()
  })
  return (
    <TermDialog
      initial={emptyTerm()}
      error={create.error?.message ?? null}
      onClose={onClose}
      afterClose={() => created.current}
      onSave={(fields) => create.mutate(fields)}
    />
  )
}
