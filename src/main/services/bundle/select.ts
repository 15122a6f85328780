/**
 * What leaves the machine. From the facilitator's choices this picks the records a
 * bundle carries, and holds back what is private unless it was asked for: facilitator-only
 * annotations, and participants' names (replaced by pseudonyms in the list and by
 * "[participant]" wherever a name is written in notes and the report, with the same
 * finder the report exports use). A scenario travels without its run: a colleague
 * receives the exercise, not my session of it.
 */
import type { BundleRecords, BundleSelection } from '@shared/bundle'
import type { Scenario } from '@shared/scenario'
import type { Workshop } from '@shared/workshop'
import type { Data } from '../../store/schema'
import { applyReplacements, nameFinder } from '../workshops/names/redact'

const chosen = <T extends { id: string }>(list: readonly T[], pick: 'all' | readonly string[], extra: Set<string>) =>
  list.filter((r) => pick === 'all' || pick.includes(r.id) || extra.has(r.id))

/** Resources and scenarios a workshop points at: agenda links and scenarios, background notes. */
function linkedTo(workshops: readonly Workshop[], scenarios: readonly Scenario[]) {
  const resources = new Set<string>()
  const scenarioIds = new Set<string>()
  for (const w of workshops) {
    for (const id of w.context.backgroundNotes) resources.add(id)
    for (const b of w.agenda) {
      for (const l of b.links) resources.add(l.resourceId)
      if (b.scenarioId) scenarioIds.add(b.scenarioId)
    }
  }
  for (const s of scenarios) if (scenarioIds.has(s.id)) for (const l of s.links) resources.add(l.resourceId)
  return { resources, scenarios: scenarioIds }
}

/** A workshop as it may leave without names: pseudonyms in the list, "[participant]" in the text. */
export function withoutNames(w: Workshop): Workshop {
  const find = nameFinder(w.participants.filter((p) => p.name.trim()))
  const out = (text: string) => applyReplacements(text, find(text))
  return {
    ...w,
    participants: w.participants.map((p, i) => ({ ...p, name: `P${i + 1}` })),
    notes: w.notes.map((n) => ({ ...n, text: out(n.text) })),
    report: { ...w.report, draft: out(w.report.draft) },
  }
}

export function selectRecords(data: Readonly<Data>, s: BundleSelection): BundleRecords {
  const workshops = data.workshops.filter((w) => s.workshops.includes(w.id))
  const linked = s.linked ? linkedTo(workshops, data.scenarios) : { resources: new Set<string>(), scenarios: new Set() }
  const resources = chosen(data.resources, s.resources, linked.resources)
  const resourceIds = new Set(resources.map((r) => r.id))
  const annotations = s.annotations
    ? data.annotations.filter(
        (a) => resourceIds.has(a.resourceId) && (s.facilitatorOnly || a.visibility === 'shareable'),
      )
    : []
  return {
    resources,
    glossary: s.glossary ? [...data.glossary] : [],
    scenarios: chosen(data.scenarios, s.scenarios, linked.scenarios as Set<string>).map((x) => ({ ...x, run: null })),
    blockTemplates: s.templates ? [...data.blockTemplates] : [],
    workshops: s.names ? workshops : workshops.map(withoutNames),
    annotations,
    methods: [],
  }
}
