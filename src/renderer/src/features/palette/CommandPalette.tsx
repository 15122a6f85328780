/**
 * The command palette: one box that finds an area, a record or an action, in the app's
 * one dialog frame. cmdk gives the combobox and listbox (arrows, Enter, the active option
 * told to screen readers); the ranking is ours (rank.ts). A chosen entry runs once the
 * dialog is gone: a jump sends the focus to the new page, an action's own dialog
 * returns it to where it was.
 */
import { useMemo, useRef, useState } from 'react'
import { Text } from '@radix-ui/themes'
import { Command } from 'cmdk'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from '../../ui/DialogFrame'
import type { Route } from '../../shell/routes'
import type { ActionId, PaletteEntry } from './entries'
import { rank, type RankedGroup } from './rank'
import { usePaletteEntries } from './use-palette-entries'

interface Props {
  route: Route
  onClose(): void
  onAction(action: ActionId): void
}

function EntryGroups({ groups, onChoose }: { groups: RankedGroup[]; onChoose(id: string): void }) {
  const { t } = useTranslation()
  return groups.map(({ group, entries }) => (
    <Command.Group key={group} heading={t(`palette.groups.${group}`)}>
      {entries.map((entry) => (
        <Command.Item key={entry.id} value={entry.id} onSelect={onChoose} className="palette-item">
          <span dir="auto">{entry.label}</span>
          {entry.hint && (
            <Text size="1" color="gray" dir="auto">
              {entry.hint}
            </Text>
          )}
        </Command.Item>
      ))}
    </Command.Group>
  ))
}

export function CommandPalette({ route, onClose, onAction }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const entries = usePaletteEntries(route, query)
  const groups = useMemo(() => rank(entries, query), [entries, query])
  const chosen = useRef<PaletteEntry | null>(null)
  const found = groups.reduce((n, g) => n + g.entries.filter((e) => e.group !== 'search').length, 0)
  const choose = (id: string) => {
    chosen.current = entries.find((e) => e.id === id) ?? null
    onClose()
  }
  const afterClose = () => {
    const run = chosen.current?.run
    if (!run) return false
    if ('go' in run) {
      window.location.hash = run.go
      return true
    }
    onAction(run.action)
    return false
  }
  return (
    <DialogFrame
      title={t('palette.title')}
      description={t('palette.description')}
      onClose={onClose}
      afterClose={afterClose}
      maxWidth="640px"
      className="palette"
    >
      <Command shouldFilter={false} label={t('palette.title')} loop>
        <Command.Input
          className="palette-input"
          value={query}
          onValueChange={setQuery}
          placeholder={t('palette.placeholder')}
        />
        <span className="visually-hidden" role="status">
          {query.trim() ? t('palette.found', { count: found }) : ''}
        </span>
        <Command.List className="palette-list">
          <EntryGroups groups={groups} onChoose={choose} />
        </Command.List>
      </Command>
    </DialogFrame>
  )
}
