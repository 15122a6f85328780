/**
 * The palette and the dialogs its actions open, mounted once by the shell. One of them
 * at a time: an action closes the palette, then opens its own dialog.
 */
import { useCallback, useState } from 'react'
import type { Route } from '../../shell/routes'
import { ShortcutsSheet } from '../../shell/shortcuts/ShortcutsSheet'
import { shortcutGroups } from '../../shell/shortcuts/shortcut-list'
import { useImport } from '../library/use-import'
import { CommandPalette } from './CommandPalette'
import { NewScenarioDialog, NewTermDialog, NewWorkshopDialog } from './NewRecordDialogs'
import type { ActionId } from './entries'
import { usePaletteKeys } from './use-palette-keys'

type Shown = 'palette' | 'sheet' | 'newWorkshop' | 'newScenario' | 'newTerm' | null

export function PaletteHost({ route }: { route: Route }) {
  const [shown, setShown] = useState<Shown>(null)
  const { pickFiles } = useImport()
  usePaletteKeys(useCallback((what) => setShown(what), []))
  const close = () => setShown(null)
  const onAction = (action: ActionId) => {
    if (action === 'importPdfs') pickFiles()
    else setShown(action === 'shortcuts' ? 'sheet' : action)
  }
  if (shown === 'palette') return <CommandPalette route={route} onClose={close} onAction={onAction} />
  if (shown === 'sheet') return <ShortcutsSheet groups={shortcutGroups} onClose={close} />
  if (shown === 'newWorkshop') return <NewWorkshopDialog onClose={close} />
  if (shown === 'newScenario') return <NewScenarioDialog onClose={close} />
  if (shown === 'newTerm') return <NewTermDialog onClose={close} />
  return null
}
