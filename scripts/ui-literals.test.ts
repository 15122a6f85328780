/**
 * Issue #18 item 4: no UI string outside the catalogue. Every .tsx under the renderer is
 * parsed (TypeScript's own parser) and a JSX text with letters, or a literal with letters
 * given to an attribute a person reads or hears (aria-label, title, placeholder, alt,
 * label…), fails the test with its file and line: such words would stay English in the
 * French and Arabic interfaces.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve('src/renderer/src')
const spokenAttributes = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-valuetext',
])
const letters = /\p{L}{2,}/u

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  )
}

export function literalsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const at = (node: ts.Node, what: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what.trim()}`)
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && letters.test(node.text)) at(node, node.text)
    if (ts.isJsxAttribute(node) && spokenAttributes.has(node.name.getText(source))) {
      const value = node.initializer
      const literal = value && ts.isJsxExpression(value) ? value.expression : value
      if (
        literal &&
        (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) &&
        letters.test(literal.text)
      )
        at(node, node.getText(source))
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('UI strings', () => {
  it('finds a literal the way this test reads one', () => {
    expect(literalsIn('x.tsx', '<p title="Close">Hello {name} <b>{t("a")}</b> ×</p>')).toHaveLength(2)
  })
  it('are all in the i18next catalogue: no words written into a screen', () => {
    const found = tsxFiles(root).flatMap((f) => literalsIn(relative(root, f), readFileSync(f, 'utf8')))
    expect(found).toEqual([])
  })
})
