/**
 * What leaves the machine: the workshop pack takes one workshop and what its agenda and
 * context link to, and nothing private unless asked.
 */
import { describe, expect, it } from 'vitest'
import { workshopPack } from '@shared/bundle'
import { blankWorkshop, type Workshop } from '@shared/workshop'
import type { Annotation, Resource } from '@shared/model'
import type { Scenario } from '@shared/scenario'
import { emptyData } from '../../store/schema'
import { selectRecords } from './select'

const at = '2026-11-30T10:00:00.000Z'
const resource = (id: string) => ({ id, title: id }) as Resource
const note = (id: string, visibility: Annotation['visibility']) =>
  ({ id, resourceId: 'linked', visibility, body: id }) as Annotation

function library() {
  const data = emptyData()
  const w: Workshop = {
    ...blankWorkshop('Pack me'),
    id: 'w1',
    createdAt: at,
    updatedAt: at,
    notes: [{ id: 'n1', at, blockId: null, kind: 'quote', text: 'Yusuf Haddad agreed.' }],
    runningBlockId: null,
  }
  w.participants = [
    { id: 'p', name: 'Yusuf Haddad', organisation: '', sector: 'police', gender: 'male', consent: true },
  ]
  w.context.backgroundNotes = ['note']
  w.agenda = [
    {
      id: 'b',
      day: 1,
      kind: 'scenario',
      title: 'Exercise',
      minutes: 60,
      facilitators: [],
      links: [{ resourceId: 'linked', page: 3 }],
      actualStart: null,
      actualEnd: null,
      extendedBy: 0,
      scenarioId: 's1',
      pauses: [],
      methodId: null,
    },
  ]
  data.workshops = [w, { ...w, id: 'w2', title: 'Other' }]
  data.resources = ['linked', 'note', 'via-scenario', 'unrelated'].map(resource)
  data.scenarios = [
    { id: 's1', links: [{ resourceId: 'via-scenario', page: null }], run: { finished: false } } as unknown as Scenario,
    { id: 's2', links: [], run: null } as unknown as Scenario,
  ]
  data.annotations = [note('shared', 'shareable'), note('private', 'facilitator')]
  return data
}

describe('choosing what a bundle carries', () => {
  it('packs one workshop with what its agenda, scenario and context link to, names left out', () => {
    const r = selectRecords(library(), workshopPack('w1'))
    expect(r.workshops.map((w) => w.id)).toEqual(['w1'])
    expect(r.resources.map((x) => x.id).sort()).toEqual(['linked', 'note', 'via-scenario'])
    expect(r.scenarios.map((s) => [s.id, s.run])).toEqual([['s1', null]])
    expect(r.workshops[0]!.participants[0]!.name).toBe('P1')
    expect(r.workshops[0]!.notes[0]!.text).toBe('[participant] agreed.')
    expect(r.annotations).toEqual([])
  })

  it('takes shareable annotations only, unless facilitator-only ones are asked for, and names when asked', () => {
    const pack = { ...workshopPack('w1'), annotations: true }
    expect(selectRecords(library(), pack).annotations.map((a) => a.id)).toEqual(['shared'])
    const all = selectRecords(library(), { ...pack, facilitatorOnly: true, names: true })
    expect(all.annotations.map((a) => a.id)).toEqual(['shared', 'private'])
    expect(all.workshops[0]!.participants[0]!.name).toBe('Yusuf Haddad')
  })
})
