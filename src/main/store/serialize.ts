/**
 * db.json as text, one record a line. Records the last change did not touch are the
 * same objects as before, so their JSON is remembered (by identity) and only what
 * changed is stringified again: a note added to a large library costs one record's
 * JSON, not the whole file's.
 */
import { collectionNames, singleNames, type Data } from './schema'

export function createSerializer(): (data: Data) => string {
  const remembered = new WeakMap<object, string>()
  const jsonOf = (record: object): string => {
    let text = remembered.get(record)
    if (text === undefined) {
      text = JSON.stringify(record)
      remembered.set(record, text)
    }
    return text
  }
  return (data) => {
    const parts = singleNames.map((name) => `${JSON.stringify(name)}: ${JSON.stringify(data[name])}`)
    for (const name of collectionNames) {
      const records = data[name] as readonly object[]
      const body = records.length ? `\n${records.map(jsonOf).join(',\n')}\n` : ''
      parts.push(`${JSON.stringify(name)}: [${body}]`)
    }
    const known = new Set<string>([...singleNames, ...collectionNames])
    for (const [name, value] of Object.entries(data))
      if (!known.has(name)) parts.push(`${JSON.stringify(name)}: ${JSON.stringify(value)}`)
    return `{\n${parts.join(',\n')}\n}\n`
  }
}
