/**
 * Highlighting without a mouse: the find bar's current match (which pdf.js marks
 * in the text layer) becomes the text selection, so it is highlighted exactly as
 * a selection made by dragging would be.
 */
export function selectFindMatch(within: ParentNode): boolean {
  const parts = [...within.querySelectorAll('.textLayer .highlight.selected')]
  const first = parts[0]
  const last = parts.at(-1)
  if (!first || !last) return false
  const range = document.createRange()
  range.selectNodeContents(first)
  range.setEnd(last, last.childNodes.length)
  const selection = window.getSelection()
  if (!selection) return false
  selection.removeAllRanges()
  selection.addRange(range)
  return !selection.isCollapsed
}
