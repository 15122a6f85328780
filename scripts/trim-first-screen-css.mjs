/**
 * The rules put inside the page for the drawn first screens, made as small as those screens
 * allow: Chromium parses them before the first frame, and on two cores that parse and the style
 * pass after it are most of the time between the page's bytes and its first paint (traces,
 * session 20: ≈ 60 ms of parse and 36 ms of style for 93 kB). Beasties chooses the rules but
 * strips every pseudo-class before matching, `:where(…)` and `:is(…)` with their contents, so
 * `.rt-Button:where(.rt-variant-ghost)` stays for any button and every gray scale's
 * `.radix-themes:where([data-gray-color=…])` stays; and it keeps every custom property of a
 * kept rule, Radix Themes' whole palette in sRGB and P3, light and dark.
 *
 * Two passes, each keeping whatever it cannot decide:
 * - a rule goes when none of its selectors matches the drawn screens once only the states a
 *   still screen cannot show (hover, focus, …) and pseudo-elements are taken out;
 * - a custom property goes when nothing reaches it: an ordinary declaration, an inline style of
 *   the drawn markup, or a kept custom property (var() inside var()).
 * The whole stylesheet, switched on before the app's own render, is untouched.
 */
import postcss from 'postcss'
import { selectOne } from 'css-select'
import { parseDocument } from 'htmlparser2'

/** what a drawn (inert, still) screen cannot be in, so a selector is tried as if it were */
const statePseudo =
  /(?<!\\)::?(?:-(?:webkit|moz)-[\w-]+|hover|focus|focus-visible|focus-within|active|visited|link|any-link|target|autofill|placeholder-shown|popover-open|open|modal|fullscreen|user-invalid|user-valid)(?![\w-])/gi
/** pseudo-elements exist where their element does */
const pseudoElement =
  /(?<!\\)::?(?:before|after|placeholder|selection|marker|backdrop|file-selector-button|first-letter|first-line)(?![\w-])/gi
const varReference = /var\(\s*(--[\w-]+)/g

/** @param {string} text */
const referencedIn = (text) => [...text.matchAll(varReference)].map((m) => m[1])

/** Whether a selector may match an element of the document; true when it cannot be evaluated here. */
function mayMatch(selector, document) {
  const still = selector.replace(statePseudo, '').replace(pseudoElement, '').trim()
  if (!still) return true
  try {
    return selectOne(still, document) !== null
  } catch {
    return true
  }
}

/** @param {import('postcss').Root} root */
function dropUnmatchedRules(root, document) {
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return
    if (!rule.selectors.some((selector) => mayMatch(selector, document))) rule.remove()
  })
}

/** @param {import('postcss').Root} root */
function dropUnreachedCustomProperties(root, html) {
  const needed = new Set(referencedIn(html))
  /** @type {Map<string, string[]>} */
  const uses = new Map()
  root.walkDecls((decl) => {
    if (!decl.prop.startsWith('--')) for (const name of referencedIn(decl.value)) needed.add(name)
    else uses.set(decl.prop, [...(uses.get(decl.prop) ?? []), ...referencedIn(decl.value)])
  })
  const pending = [...needed]
  while (pending.length)
    for (const name of uses.get(pending.pop()) ?? [])
      if (!needed.has(name)) {
        needed.add(name)
        pending.push(name)
      }
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--') && !needed.has(decl.prop)) decl.remove()
  })
}

/** @param {import('postcss').Root} root */
function dropEmptyBlocks(root) {
  let emptied = true
  while (emptied) {
    emptied = false
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) {
        node.remove()
        emptied = true
      }
    })
  }
}

/**
 * @param {string} css the rules Beasties chose for the drawn screens
 * @param {string} page a whole HTML page holding every drawn screen, under the attributes its
 *   <html> can carry (the rules are matched against it; its inline styles may name tokens)
 * @returns {string} those rules without the ones no element matches and the tokens nothing reaches
 */
export function trimFirstScreenCss(css, page) {
  const root = postcss.parse(css)
  dropUnmatchedRules(root, parseDocument(page))
  dropUnreachedCustomProperties(root, page)
  dropEmptyBlocks(root)
  return root.toString()
}
