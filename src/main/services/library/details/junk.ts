/**
 * A title the file says but nobody chose: what word processors and converters write when
 * the author did not ("Microsoft Word - draft3.doc", "Untitled", "Document1", the file's
 * own name, "Slide 1"), or something that is not a title at all (a number, a date, a path).
 * Such a title is passed over for the first page's heading.
 */
const fileNameLike = /\.(pdf|docx?|odt|rtf|txt|tex|dvi|ps|indd|pptx?|xlsx?|pages|qxd|html?)\s*$/i

const placeholders = [
  /^(microsoft\s+)?(word|powerpoint|excel|publisher)\s*[-–:]/i,
  /^(untitled|sans\s+titre|no\s+title|title|titre|document|doc|new\s+document|slide|presentation|draft|none|unknown|null|undefined|blank|default|pdf|print|report|adobe\s+\w+)(\s*[-_#]?\s*\d*)?$/i,
  /^(copy\s+of\s+|microsoft\s+|adobe\s+)/i,
  /^[\w-]+_[\w_-]+$/, // a_file_name_like_this
  /^[a-z]:\\|^\/|\\\\/i, // a path
  /^[^\p{L}]+$/u, // no letters at all
  /^(layout|job|temp|tmp|scan)\s*\d*$/i,
]

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/\.pdf$/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')

/** Whether `title` is no real title for the file named `fileName`. */
export function isJunkTitle(title: string, fileName = ''): boolean {
  const t = title.trim()
  if ([...t.replace(/[^\p{L}]/gu, '')].length < 3) return true
  if (fileNameLike.test(t)) return true
  if (placeholders.some((p) => p.test(t))) return true
  const base = fileName.replace(/^.*[\\/]/, '')
  return !!base && squash(t) === squash(base)
}
