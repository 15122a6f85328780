/**
 * Which entries a typed text finds, best first. The score is cmdk's own (command-score:
 * the typed letters in order, word starts and runs of letters counting more), applied to
 * folded text — accents, harakat and capitals ignored — so "reunion" finds "Réunion" and
 * "الاعدادات" finds "الإعدادات". Groups come in the order of their best entry; the
 * full-text search entry always comes last.
 */
import { defaultFilter } from 'cmdk'
import { fold } from '@shared/text'
import { groupOrder, type GroupId, type PaletteEntry } from './entries'

export interface RankedGroup {
  group: GroupId
  entries: PaletteEntry[]
}

/** Before anything is typed: what a keyboard user reaches for first. */
const shownEmpty: GroupId[] = ['actions', 'areas']

export function score(entry: PaletteEntry, query: string): number {
  return defaultFilter(fold(entry.label), fold(query), entry.keywords?.map(fold))
}

function grouped(entries: PaletteEntry[]): RankedGroup[] {
  const groups = new Map<GroupId, PaletteEntry[]>()
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry])
  return [...groups].map(([group, list]) => ({ group, entries: list }))
}

export function rank(entries: PaletteEntry[], query: string, perGroup = 8): RankedGroup[] {
  if (!query.trim()) {
    const shown = entries.filter((e) => shownEmpty.includes(e.group))
    return grouped(shown).sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group))
  }
  const scored = entries
    .map((entry) => ({ entry, score: entry.group === 'search' ? 0 : score(entry, query) }))
    .filter((s) => s.score > 0 || s.entry.group === 'search')
    .sort((a, b) => b.score - a.score)
  return grouped(scored.map((s) => s.entry))
    .map((g) => ({ ...g, entries: g.entries.slice(0, perGroup) }))
    .sort((a, b) => Number(a.group === 'search') - Number(b.group === 'search'))
}
