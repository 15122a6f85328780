/**
 * Workshops: the record the facilitator plans in, runs from and reports on.
 * Every change is a store write (on disk before the call returns), so a note
 * typed in run mode survives the app being killed a moment later.
 */
import type { Block, Participant, Workshop } from '@shared/workshop'
import type { Trashed } from '@shared/trash'
import { blankWorkshop, tidyBlock, type AgendaDaySetting, type WorkshopNote } from '@shared/workshop'
import { isPaused } from '@shared/run-clock'
import type { EditOutcome } from '@shared/edits'
import type { WorkshopEdit, WorkshopListEdit } from '@shared/workshop-edits'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Resource } from '@shared/model'
import { readingProblem } from '@shared/readings'
import { withDay } from '@shared/agenda'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { editRecord } from '../edits/edit-record'
import { applyField, applyListOps } from '../edits/apply-edits'
import { keepRemoved, withTrashed } from '../trash/trash'

const notFound = () => new ServiceError('not-found', userMessage('workshop-gone'))

function edit<T>(store: Store, id: string, change: (w: Workshop) => T): Promise<T> {
  return store.update((data) => {
    const w = data.workshops.find((x) => x.id === id)
    if (!w) throw notFound()
    const result = change(w)
    return result
  })
}

export const listWorkshops = (store: Store): Workshop[] =>
  [...store.read().workshops].sort((a, b) => (b.startDate || b.createdAt).localeCompare(a.startDate || a.createdAt))

export function getWorkshop(store: Store, id: string): Workshop {
  const w = store.read().workshops.find((x) => x.id === id)
  if (!w) throw notFound()
  return w
}

export function createWorkshop(store: Store, clock: Clock, title: string): Promise<Workshop> {
  const now = clock.now()
  const workshop: Workshop = {
    ...blankWorkshop(title),
    id: newId(),
    createdAt: now,
    updatedAt: now,
    notes: [],
    runningBlockId: null,
  }
  return store.update((data) => {
    data.workshops.push(workshop)
    return workshop
  })
}

const findIn =
  (id: string) =>
  (data: { workshops: Workshop[] }): Workshop => {
    const w = data.workshops.find((x) => x.id === id)
    if (!w) throw notFound()
    return w
  }

/** One field of the record as it is now; a collision with another edit of that field is answered, not written. */
export function editWorkshop(
  store: Store,
  clock: Clock,
  id: string,
  edit: WorkshopEdit,
): Promise<EditOutcome<Workshop>> {
  return editRecord(store, clock, findIn(id), (w) => applyField(w, edit.field === 'days' ? dayEdit(w, edit) : edit))
}

type DaysEdit = { value: AgendaDaySetting[]; base?: AgendaDaySetting[] }

/**
 * The agenda days' dates and starts are one field but two controls per day: an edit applies
 * only the parts it changed to the days as they are now, so a date and a start typed one
 * after the other both stay; the same part changed elsewhere is still a conflict.
 */
function dayEdit(w: Workshop, edit: WorkshopEdit): WorkshopEdit {
  const { value, base } = edit as unknown as DaysEdit
  if (!base) return edit
  let merged = w.days
  const parts = ['date', 'start'] as const
  for (let i = 0; i < Math.max(value.length, base.length); i++)
    for (const part of parts) {
      const mine = value[i]?.[part] ?? ''
      const was = base[i]?.[part] ?? ''
      if (mine === was) continue
      if ((w.days[i]?.[part] ?? '') !== was) return edit
      merged = withDay(merged, i + 1, { [part]: mine })
    }
  return { field: 'days', value: merged, base: w.days } as WorkshopEdit
}

const participantGone = () => new ServiceError('not-found', userMessage('participant-gone'))
const blockGone = () => new ServiceError('not-found', userMessage('block-gone'))

/**
 * Blocks or participants added, changed, moved (a block within its day) or removed one
 * by one, on the record as it is now; what is removed is kept in the trash for Undo.
 */
export async function editWorkshopList(
  store: Store,
  clock: Clock,
  change: WorkshopListEdit,
): Promise<EditOutcome<Workshop>> {
  const trashed: Trashed[] = []
  const outcome = await editRecord(store, clock, findIn(change.id), (w, data) => {
    if (change.list === 'agenda') {
      const removed = keepRemoved(data, clock, trashed, { kind: 'block', parentId: w.id }, (b: Block) => b.title)
      const conflict = applyListOps(w.agenda, change.ops, {
        gone: blockGone,
        sameGroup: (a, b) => a.day === b.day,
        removed,
      })
      w.agenda = w.agenda.map(tidyBlock)
      checkReadings(w.agenda, change.ops, data.resources)
      return conflict
    }
    const removed = keepRemoved(
      data,
      clock,
      trashed,
      { kind: 'participant', parentId: w.id },
      (p: Participant) => p.name,
    )
    return applyListOps(w.participants, change.ops, { gone: participantGone, removed })
  })
  return withTrashed(outcome, trashed)
}

/** The readings a change adds or sets, checked against the library's documents (a page past the end is refused). */
function checkReadings(agenda: Block[], ops: WorkshopListEdit['ops'], resources: Resource[]) {
  const touched = new Set(
    ops.map((op) => (op.op === 'add' ? op.item.id : op.op === 'set' && op.edit.field === 'links' ? op.itemId : '')),
  )
  for (const b of agenda.filter((x) => touched.has(x.id)))
    for (const link of b.links) {
      const problem = readingProblem(
        link,
        resources.find((r) => r.id === link.resourceId),
      )
      if (problem) throw new ServiceError('invalid-input', problem)
    }
}

function blockOf(w: Workshop, blockId: string): Block {
  const b = w.agenda.find((x) => x.id === blockId)
  if (!b) throw blockGone()
  return b
}

export type RunAction =
  | { action: 'start'; blockId: string }
  | { action: 'stop'; blockId: string }
  | { action: 'pause'; blockId: string }
  | { action: 'resume'; blockId: string }
  | { action: 'extend'; blockId: string; minutes: number }
  | { action: 'set-times'; blockId: string; actualStart: string | null; actualEnd: string | null }

/** A pause still open ends now (the block resumes, or ends). */
function endPause(b: Block, now: string) {
  for (const p of b.pauses) p.until ??= now
}

/**
 * Run mode: starting a block stops the one running; a pause stops the running block's
 * clock (and so the day's) until it resumes; times are the main side's clock.
 */
export function runBlock(store: Store, clock: Clock, id: string, run: RunAction): Promise<Workshop> {
  return edit(store, id, (w) => {
    const b = blockOf(w, run.blockId)
    const now = clock.now()
    if (run.action === 'start') {
      const running = w.runningBlockId ? w.agenda.find((x) => x.id === w.runningBlockId) : undefined
      if (running && running.id !== b.id && !running.actualEnd) {
        endPause(running, now)
        running.actualEnd = now
      }
      endPause(b, now)
      b.actualStart ??= now
      b.actualEnd = null
      w.runningBlockId = b.id
    } else if (run.action === 'stop') {
      endPause(b, now)
      b.actualEnd = now
      if (w.runningBlockId === b.id) w.runningBlockId = null
    } else if (run.action === 'pause') {
      if (w.runningBlockId !== b.id || !b.actualStart || b.actualEnd)
        throw new ServiceError('invalid-input', userMessage('pause-not-running'))
      if (!isPaused(b)) b.pauses.push({ at: now, until: null })
    } else if (run.action === 'resume') {
      endPause(b, now)
    } else if (run.action === 'extend') {
      b.extendedBy += run.minutes
    } else {
      if (run.actualStart && run.actualEnd && run.actualEnd < run.actualStart)
        throw new ServiceError('invalid-input', userMessage('block-ends-before-start'))
      b.actualStart = run.actualStart
      b.actualEnd = run.actualEnd
      if (!run.actualStart) b.pauses = []
    }
    w.updatedAt = now
    return w
  })
}

export function addNote(
  store: Store,
  clock: Clock,
  id: string,
  note: Pick<WorkshopNote, 'kind' | 'text'> & { blockId?: string | null },
): Promise<WorkshopNote> {
  return edit(store, id, (w) => {
    const blockId = note.blockId === undefined ? w.runningBlockId : note.blockId
    const saved: WorkshopNote = { id: newId(), at: clock.now(), blockId, kind: note.kind, text: note.text }
    w.notes.push(saved)
    return saved
  })
}
