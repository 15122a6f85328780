/**
 * Changes, not copies (DESIGN.md §3 rule 11). The renderer says what changed — one
 * field, or one operation on a list (add, change a field of one item, move, remove) —
 * and the main side applies it to the record as it is now. A field edit carries the
 * value the field had when the renderer loaded it (`base`): if another edit changed
 * that same field meanwhile, the answer is a conflict with both values, and nothing is
 * written, so the later edit is never silently lost. The schemas here are built from a
 * record's own schema, so an edit is checked against the rules the record is.
 */
import { z } from 'zod'
import type { Trashed } from './trash'

type Shape = Record<string, z.ZodType>

/** Every leaf of an object schema by dotted path ('context.region'), leaving out `skip` at the top. */
export function leafSchemas(schema: z.ZodObject, skip: readonly string[] = [], prefix = ''): Shape {
  const leaves: Shape = {}
  for (const [key, field] of Object.entries(schema.shape as Shape)) {
    if (!prefix && skip.includes(key)) continue
    const path = prefix + key
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field
    if (inner instanceof z.ZodObject) Object.assign(leaves, leafSchemas(inner, [], `${path}.`))
    else leaves[path] = inner
  }
  return leaves
}

/** The leaves of a record's `translations` by language: `translations.fr.definition`, … each with its field's schema. */
export function translationLeaves(languages: readonly string[], translation: z.ZodObject): Shape {
  return Object.assign({}, ...languages.map((lang) => leafSchemas(translation, [], `translations.${lang}.`))) as Shape
}

/** `{field, value, base?}` where value (and base) must fit that field's own schema. */
export function fieldEdit(leaves: Shape) {
  const options = Object.entries(leaves).map(([field, schema]) =>
    z.object({ field: z.literal(field), value: schema, base: schema.optional() }).strict(),
  )
  return z.discriminatedUnion('field', options as [(typeof options)[number], ...typeof options])
}

/** Operations on a list of items with ids; `before: null` is the end of the list. */
export function listOps<I extends z.ZodType<{ id: string }>>(item: I, leaves: Shape) {
  const itemId = z.string().min(1).max(100)
  const op = z.discriminatedUnion('op', [
    z.object({ op: z.literal('add'), item, before: itemId.nullable().optional() }).strict(),
    z.object({ op: z.literal('set'), itemId, edit: fieldEdit(leaves) }).strict(),
    z.object({ op: z.literal('move'), itemId, before: itemId.nullable() }).strict(),
    z.object({ op: z.literal('step'), itemId, by: z.union([z.literal(-1), z.literal(1)]) }).strict(),
    z.object({ op: z.literal('remove'), itemId }).strict(),
  ])
  return z.array(op).min(1).max(20)
}

type Leaf = string | number | boolean | null | readonly unknown[]

/** The dotted paths of a record's leaves, as `leafSchemas` names them. */
export type FieldPath<T> = {
  [K in keyof T & string]: T[K] extends Leaf ? K : T[K] extends object ? `${K}.${FieldPath<T[K]>}` : K
}[keyof T & string]

export interface FieldEdit {
  field: string
  value: unknown
  base?: unknown
}

export type ListOp =
  | { op: 'add'; item: { id: string }; before?: string | null }
  | { op: 'set'; itemId: string; edit: FieldEdit }
  | { op: 'move'; itemId: string; before: string | null }
  | { op: 'step'; itemId: string; by: -1 | 1 }
  | { op: 'remove'; itemId: string }

/** The same field changed elsewhere since the renderer loaded it: both values, so the facilitator can choose. */
export interface Conflict {
  field: string
  itemId?: string
  /** what the field holds now */
  theirs: unknown
  /** what the renderer sent */
  mine: unknown
}

/** The record as it is now, and the conflict that kept the edit from being written (if any). */
export interface EditOutcome<T> {
  record: T
  conflict: Conflict | null
  /** items a list change removed, kept in the trash: the renderer offers Undo */
  trashed?: Trashed[]
}

export { sameValue } from './same-value'
