/**
 * What an export with participants' names left out will change, shown before it is made
 * so the facilitator can catch a name the rules missed: the text the export starts from,
 * every stretch that will be replaced (positions in UTF-16 code units, as JavaScript
 * strings count), and the file name the export will carry (before its extension).
 */
export interface NameReplacement {
  start: number
  end: number
  original: string
}

export interface NamesPreview {
  text: string
  replacements: NameReplacement[]
  placeholder: string
  fileBase: string
}
