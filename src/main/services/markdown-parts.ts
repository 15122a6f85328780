/**
 * A Markdown text (the activity report, a glossary handout, an agenda) as the parts the
 * DOCX and PDF writers lay out: headings, paragraphs, quotes, bulleted and numbered lists
 * (nested by level), tables and rules, each holding runs of text that are bold, italic or
 * both. marked's lexer does the parsing; nothing here is HTML, so nothing in a draft can
 * become markup in an export.
 */
import { lexer, type Token, type Tokens } from 'marked'

export interface Span {
  text: string
  bold: boolean
  italic: boolean
}

export type Part =
  | { kind: 'heading'; depth: number; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'quote'; paragraphs: Span[][] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'table'; header: Span[][]; rows: Span[][][] }
  | { kind: 'rule' }

export interface ListItem {
  level: number
  /** the item's number in its own list, when that list is numbered */
  number: number | null
  spans: Span[]
}

type Style = Pick<Span, 'bold' | 'italic'>
const plainStyle: Style = { bold: false, italic: false }

export const plainText = (spans: Span[]): string => spans.map((s) => s.text).join('')

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** Inline tokens as styled runs; neighbours of one style are joined. */
export function inlineSpans(tokens: Token[] | undefined, style: Style = plainStyle): Span[] {
  const spans: Span[] = []
  const push = (text: string, s: Style) => {
    const last = spans.at(-1)
    if (last && last.bold === s.bold && last.italic === s.italic) last.text += text
    else if (text) spans.push({ text, ...s })
  }
  for (const t of tokens ?? []) {
    const inner = (s: Style) => inlineSpans((t as Tokens.Generic).tokens, s).forEach((x) => push(x.text, x))
    if (t.type === 'strong') inner({ ...style, bold: true })
    else if (t.type === 'em') inner({ ...style, italic: true })
    else if (t.type === 'del') inner(style)
    else if (t.type === 'link') {
      inner(style)
      const link = t as Tokens.Link
      if (link.href && link.href !== link.text) push(` (${link.href})`, style)
    } else if (t.type === 'br') push('\n', style)
    else if (t.type === 'image') push((t as Tokens.Image).text, style)
    else if (t.type === 'text' && (t as Tokens.Text).tokens?.length) inner(style)
    else if ('text' in t) push(decode(String(t.text)), style)
  }
  return spans
}

function listItems(list: Tokens.List, level: number): ListItem[] {
  return list.items.flatMap((item, i) => {
    const own: Span[] = []
    const nested: ListItem[] = []
    for (const t of item.tokens) {
      if (t.type === 'list') nested.push(...listItems(t as Tokens.List, level + 1))
      else if (t.type === 'text' || t.type === 'paragraph') {
        if (own.length) own.push({ text: ' ', ...plainStyle })
        own.push(...inlineSpans((t as Tokens.Text).tokens ?? [{ type: 'text', raw: t.raw, text: t.raw } as Token]))
      }
    }
    const number = list.ordered ? (Number(list.start) || 1) + i : null
    return [{ level, number, spans: own }, ...nested]
  })
}

function blockParts(tokens: Token[]): Part[] {
  const parts: Part[] = []
  for (const token of tokens) {
    if (token.type === 'heading') parts.push({ kind: 'heading', depth: token.depth, spans: inlineSpans(token.tokens) })
    else if (token.type === 'paragraph' || token.type === 'text')
      parts.push({ kind: 'paragraph', spans: inlineSpans((token as Tokens.Paragraph).tokens) })
    else if (token.type === 'code') parts.push({ kind: 'paragraph', spans: [{ text: token.text, ...plainStyle }] })
    else if (token.type === 'blockquote') {
      const inner = blockParts((token as Tokens.Blockquote).tokens)
      parts.push({
        kind: 'quote',
        paragraphs: inner.flatMap((p) =>
          p.kind === 'paragraph' || p.kind === 'heading'
            ? [p.spans]
            : p.kind === 'list'
              ? p.items.map((i) => i.spans)
              : p.kind === 'quote'
                ? p.paragraphs
                : [],
        ),
      })
    } else if (token.type === 'list') {
      const list = token as Tokens.List
      parts.push({ kind: 'list', ordered: list.ordered, start: Number(list.start) || 1, items: listItems(list, 0) })
    } else if (token.type === 'table') {
      const t = token as Tokens.Table
      parts.push({
        kind: 'table',
        header: t.header.map((c) => inlineSpans(c.tokens)),
        rows: t.rows.map((r) => r.map((c) => inlineSpans(c.tokens))),
      })
    } else if (token.type === 'hr') parts.push({ kind: 'rule' })
  }
  return parts
}

export function markdownParts(markdown: string): Part[] {
  return blockParts(lexer(markdown))
}
