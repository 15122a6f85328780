/**
 * Changes to a scenario as the editor makes them: one field, or roles, phases and
 * injects added, changed, moved or removed by id, each applied to the scenario as it
 * is now (shared/edits.ts says how a collision is told).
 */
import type { EditOutcome } from '@shared/edits'
import { blankScenarioTranslation, type Scenario, type ScenarioLanguage } from '@shared/scenario'
import type { ScenarioEdit, ScenarioItemTranslationEdit, ScenarioListEdit } from '@shared/scenario-edits'
import { ServiceError } from '@shared/result'
import { userMessage, type MessageId } from '@shared/user-message'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { editRecord } from '../edits/edit-record'
import { applyField, applyListOps } from '../edits/apply-edits'
import { keepRemoved, withTrashed } from '../trash/trash'
import type { Trashed } from '@shared/trash'

const gone = (id: MessageId) => () => new ServiceError('not-found', userMessage(id))

const findIn =
  (id: string) =>
  (data: { scenarios: Scenario[] }): Scenario => {
    const s = data.scenarios.find((x) => x.id === id)
    if (!s) throw gone('scenario-gone')()
    return s
  }

export function editScenario(
  store: Store,
  clock: Clock,
  id: string,
  edit: ScenarioEdit,
): Promise<EditOutcome<Scenario>> {
  return editRecord(store, clock, findIn(id), (s) => {
    // a first translated field starts its language's translation
    const language = /^translations\.(fr|ar)\./.exec(edit.field)?.[1] as ScenarioLanguage | undefined
    if (language) s.translations[language] ??= blankScenarioTranslation()
    return applyField(s, edit)
  })
}

export async function editScenarioList(
  store: Store,
  clock: Clock,
  change: ScenarioListEdit,
): Promise<EditOutcome<Scenario>> {
  const trashed: Trashed[] = []
  const outcome = await editRecord(store, clock, findIn(change.id), (s, data) => {
    const keep = (kind: 'role' | 'phase' | 'inject', within?: string) =>
      keepRemoved(
        data,
        clock,
        trashed,
        { kind, parentId: s.id, within },
        (x: Named) => x.name ?? x.title ?? x.content ?? '',
      )
    dropTranslations(s, change)
    if (change.list === 'roles')
      return applyListOps(s.roles, change.ops, { gone: gone('role-gone'), removed: keep('role') })
    if (change.list === 'phases')
      return applyListOps(s.phases, change.ops, { gone: gone('phase-gone'), removed: keep('phase') })
    const phase = s.phases.find((p) => p.id === change.phaseId)
    if (!phase) throw gone('phase-gone')()
    const injects = { gone: gone('inject-gone'), removed: keep('inject', phase.id) }
    return applyListOps(phase.injects, change.ops, injects)
  })
  return withTrashed(outcome, trashed)
}

/**
 * One field of a role's, phase's or inject's words in one language (the editor in French or
 * Arabic). The item must still be there; its text as written and its other languages stay as
 * they are. A field with no translation yet reads as blank, which is what the editor showed.
 */
export function editItemTranslation(
  store: Store,
  clock: Clock,
  change: ScenarioItemTranslationEdit,
): Promise<EditOutcome<Scenario>> {
  return editRecord(store, clock, findIn(change.id), (s) => {
    const words = translatedWords(s, change)
    words[change.edit.field] ??= ''
    return applyField(words, change.edit, change.itemId)
  })
}

/** The item's words in the change's language, made where there are none yet; the item must be there. */
function translatedWords(s: Scenario, change: ScenarioItemTranslationEdit): Record<string, unknown> {
  const tr = (s.translations[change.language] ??= blankScenarioTranslation())
  if (change.list === 'roles') {
    if (!s.roles.some((r) => r.id === change.itemId)) throw gone('role-gone')()
    return ((tr.roles ??= {})[change.itemId] ??= {})
  }
  const phaseId = change.list === 'phases' ? change.itemId : change.phaseId
  const phase = s.phases.find((p) => p.id === phaseId)
  if (!phase) throw gone('phase-gone')()
  const phaseWords = ((tr.phases ??= {})[phaseId] ??= {})
  if (change.list === 'phases') return phaseWords
  if (!phase.injects.some((i) => i.id === change.itemId)) throw gone('inject-gone')()
  return ((phaseWords.injects ??= {})[change.itemId] ??= {})
}

/**
 * A role's, phase's or inject's text edited as written (the editor in English, or in a language
 * the scenario has no translation in): its translations are of the text before, so the edited
 * field's translations go, in every language, and the edit shows in French and Arabic too. Its
 * other fields keep theirs. (If the edit itself is refused, the record is not written,
 * translations included.)
 */
function dropTranslations(s: Scenario, change: ScenarioListEdit) {
  for (const op of change.ops) {
    if (op.op !== 'set') continue
    for (const tr of Object.values(s.translations)) {
      const texts: Record<string, unknown> | undefined =
        change.list === 'roles'
          ? tr?.roles?.[op.itemId]
          : change.list === 'phases'
            ? tr?.phases?.[op.itemId]
            : tr?.phases?.[change.phaseId]?.injects?.[op.itemId]
      if (texts) delete texts[op.edit.field]
    }
  }
}

type Named = { name?: string; title?: string; content?: string }
