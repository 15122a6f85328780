/**
 * The few XMP properties a library record uses, read from the packet as the file wrote it.
 * XMP comes as elements (`<dc:title><rdf:Alt><rdf:li>…`) or as attributes of
 * rdf:Description (`xmp:CreateDate="…"`); both are read. This is not an XML parser: it
 * looks for four names in text a hostile file controls, so every pattern is bounded and
 * the packet is cut to a size first. Values come back as written (entities decoded);
 * cleaning them is the caller's job (pdf/extracted.ts).
 */
export interface XmpDetails {
  title: string
  creators: string[]
  language: string
  created: string
}

export const emptyXmp = (): XmpDetails => ({ title: '', creators: [], language: '', created: '' })

const MAX_PACKET = 64 * 1024

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
function decode(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, code: string) => {
      if (code[0] !== '#') return entities[code.toLowerCase()] ?? whole
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ''
    })
    .trim()
}

const escapeName = (name: string) => name.replace(':', '\\:')

/** The element's inner text, or its rdf:li items when it holds a list (Alt, Seq, Bag). */
function elementValues(xmp: string, name: string): string[] {
  const element = new RegExp(`<${escapeName(name)}(?:\\s[^>]{0,2000})?>([\\s\\S]{0,4000}?)</${escapeName(name)}>`, 'i')
  const inner = element.exec(xmp)?.[1]
  if (inner === undefined) return []
  const items = [...inner.matchAll(/<rdf:li(\s[^>]{0,200})?>([\s\S]{0,2000}?)<\/rdf:li>/gi)]
  if (!items.length) return [decode(inner.replace(/<[^>]{0,2000}>/g, ''))].filter(Boolean)
  // an Alt's default language first
  const ordered = [...items].sort(
    (a, b) => Number(/x-default/i.test(b[1] ?? '')) - Number(/x-default/i.test(a[1] ?? '')),
  )
  return ordered.map((m) => decode((m[2] ?? '').replace(/<[^>]{0,2000}>/g, ''))).filter(Boolean)
}

function attributeValue(xmp: string, name: string): string {
  const attribute = new RegExp(`\\s${escapeName(name)}\\s*=\\s*("([^"]{0,10000})"|'([^']{0,10000})')`, 'i')
  const m = attribute.exec(xmp)
  return m ? decode(m[2] ?? m[3] ?? '') : ''
}

const first = (xmp: string, name: string) => elementValues(xmp, name)[0] ?? attributeValue(xmp, name)

export function readXmp(raw: string): XmpDetails {
  if (!raw) return emptyXmp()
  const xmp = raw.slice(0, MAX_PACKET)
  const creators = elementValues(xmp, 'dc:creator')
  const creator = creators.length ? creators : [attributeValue(xmp, 'dc:creator')].filter(Boolean)
  return {
    title: first(xmp, 'dc:title'),
    creators: creator.slice(0, 50),
    language: first(xmp, 'dc:language'),
    created: first(xmp, 'xmp:CreateDate'),
  }
}
