/**
 * Reading db.json record by record. A record that does not fit the schema is set aside
 * on its own (with the reason) and everything else loads; a record whose only faults
 * are some items of one of its lists (a note, a block, a participant) loses just those
 * items. Only a file that is not a library at all is "damaged", and only a file that
 * clearly has the first trials' shape is read as the old format.
 */
import type { z } from 'zod'
import { defaultSettings, emptyResourceDetails, Settings } from '@shared/model'
import {
  collectionNames,
  collections,
  emptyData,
  SCHEMA_VERSION,
  singleNames,
  singles,
  type CollectionName,
  type Data,
} from './schema'
import { recordKey } from './changes'
import { describeIssues, isPlainObject, labelOf, type Raw } from './describe'
import type { SetAsideEntry } from '@shared/set-aside'

export type SetAside = Omit<SetAsideEntry, 'at'>

export type Salvaged =
  | { kind: 'ok'; data: Data; from: number; setAside: SetAside[] }
  | { kind: 'damaged'; reason: string }
  | { kind: 'future'; version: number }

const V0_KEYS = new Set(['resources', 'settings', 'starterLoaded'])

/** The first trials wrote no schemaVersion, no settings, and resources without provenance fields. */
export function looksLikeV0(raw: Raw): boolean {
  const resources = raw.resources
  return (
    Object.keys(raw).every((k) => V0_KEYS.has(k)) &&
    Array.isArray(resources) &&
    resources.length > 0 &&
    resources.every((r) => isPlainObject(r) && typeof r.id === 'string' && typeof r.title === 'string')
  )
}

/** Every schema bump adds a step here, from the version it reads. */
const steps: Record<number, (raw: Raw) => Raw> = { 0: v0ToV1, 1: v1ToV2 }

/** Version 2 adds fields with defaults (translations, starterTranslationsLoaded, starterRoleTranslationsLoaded): nothing to move. */
function v1ToV2(raw: Raw): Raw {
  return { ...raw, schemaVersion: 2 }
}

function v0ToV1(raw: Raw): Raw {
  const resources = raw.resources as Raw[]
  return {
    schemaVersion: 1,
    settings: { ...defaultSettings, ...(isPlainObject(raw.settings) ? raw.settings : {}) },
    starterLoaded: Boolean(raw.starterLoaded ?? resources.length > 0),
    trash: [],
    resources: resources.map((r) => ({ ...emptyResourceDetails(), language: 'en', source: 'import', ...r })),
  }
}

/** Drop the faulty items of a record's own lists, once, if that is all that is wrong. */
function withoutFaultyItems(record: Raw, error: z.ZodError, where: string, out: SetAside[]): Raw | undefined {
  const faulty = new Map<string, Set<number>>()
  for (const issue of error.issues) {
    const [field, index] = issue.path
    if (typeof field !== 'string' || typeof index !== 'number' || !Array.isArray(record[field])) return undefined
    faulty.set(field, (faulty.get(field) ?? new Set()).add(index))
  }
  const copy: Raw = { ...record }
  for (const [field, indexes] of faulty) {
    const items = record[field] as unknown[]
    copy[field] = items.filter((_, i) => !indexes.has(i))
    for (const i of indexes) {
      const issues = error.issues.filter((x) => x.path[0] === field && x.path[1] === i)
      out.push({
        where: `${where}/${recordKey(record)}/${field}`,
        key: recordKey(items[i]) || String(i),
        label: `${labelOf(record)} › ${labelOf(items[i])}`,
        reason: issues.map((x) => `${x.path.slice(2).join('.') || 'item'}: ${x.message}`).join('; '),
        value: items[i],
      })
    }
  }
  return copy
}

function salvageList(name: CollectionName, value: unknown, out: SetAside[]): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    out.push({ where: name, key: name, label: name, reason: 'not a list', value })
    return []
  }
  const schema = collections[name] as z.ZodType
  const kept: unknown[] = []
  const keys = new Set<string>()
  for (const record of value) {
    let parsed = schema.safeParse(record)
    if (!parsed.success && isPlainObject(record)) {
      const items: SetAside[] = []
      const trimmed = withoutFaultyItems(record, parsed.error, name, items)
      const retry = trimmed && schema.safeParse(trimmed)
      if (retry?.success) {
        out.push(...items)
        parsed = retry
      }
    }
    const key = recordKey(record)
    if (!parsed.success) {
      out.push({ where: name, key, label: labelOf(record), reason: describeIssues(parsed.error), value: record })
    } else if (keys.has(key)) {
      out.push({ where: name, key, label: labelOf(record), reason: 'a second record with the same id', value: record })
    } else {
      keys.add(key)
      kept.push(parsed.data)
    }
  }
  return kept
}

/** Settings keep every field that fits; a missing or faulty one takes its default. */
function salvageSettings(value: unknown, out: SetAside[]): Data['settings'] {
  const settings: Raw = { ...defaultSettings }
  for (const [field, v] of Object.entries(isPlainObject(value) ? value : {})) {
    const parsed = Settings.safeParse({ ...settings, [field]: v })
    if (parsed.success) Object.assign(settings, parsed.data)
    else out.push({ where: 'settings', key: field, label: field, reason: describeIssues(parsed.error), value: v })
  }
  if (value !== undefined && !isPlainObject(value))
    out.push({ where: 'settings', key: 'settings', label: 'settings', reason: 'not a set of settings', value })
  return settings as Data['settings']
}

function salvageSingles(raw: Raw, out: SetAside[]): Partial<Data> {
  const result: Raw = { settings: salvageSettings(raw.settings, out) }
  for (const name of singleNames) {
    if (name === 'schemaVersion' || name === 'settings' || raw[name] === undefined) continue
    const parsed = (singles[name] as z.ZodType).safeParse(raw[name])
    result[name] = parsed.success ? parsed.data : Boolean(raw[name])
  }
  return result as Partial<Data>
}

export function salvage(raw: unknown): Salvaged {
  if (!isPlainObject(raw))
    return { kind: 'damaged', reason: `db.json holds ${Array.isArray(raw) ? 'a list' : String(raw)}, not a library` }
  let from = raw.schemaVersion
  let source = raw
  if (from === undefined) {
    if (!looksLikeV0(raw)) return { kind: 'damaged', reason: 'db.json has no schemaVersion and is not a library' }
    from = 0
  }
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
    return { kind: 'damaged', reason: `db.json has an unknown schemaVersion (${JSON.stringify(from)})` }
  if (from > SCHEMA_VERSION) return { kind: 'future', version: from }
  for (let version = from; version < SCHEMA_VERSION; version++) source = steps[version]!(source)
  const setAside: SetAside[] = []
  const data: Raw = { ...emptyData(), ...salvageSingles(source, setAside) }
  for (const name of collectionNames) data[name] = salvageList(name, source[name], setAside)
  const known = new Set<string>([...singleNames, ...collectionNames])
  for (const [name, value] of Object.entries(source))
    if (!known.has(name))
      setAside.push({ where: name, key: name, label: name, reason: 'not a part of the library this app knows', value })
  return { kind: 'ok', data: data as Data, from, setAside }
}
