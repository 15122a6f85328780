/**
 * The report draft as it will read: Markdown rendered to React elements by react-markdown
 * (no HTML from the draft is ever interpreted). Links show their address instead of
 * leading anywhere, and images their description: the app makes no request of its own.
 */
import { createElement } from 'react'
import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'

/** A block of user text takes its own direction, as everywhere the app shows what was typed. */
const auto =
  (tag: string) =>
  ({ node: _node, ...props }: { node?: unknown }) =>
    createElement(tag, { dir: 'auto', ...props })

const components: Components = {
  p: auto('p'),
  li: auto('li'),
  // under the preview's own heading (h2): the report's title is an h3
  h1: auto('h3'),
  h2: auto('h4'),
  h3: auto('h5'),
  h4: auto('h6'),
  h5: auto('h6'),
  h6: auto('h6'),
  blockquote: auto('blockquote'),
  td: auto('td'),
  th: auto('th'),
  a: ({ children, href }) => (
    <span className="report-link">
      {children}
      {href && href !== String(children) ? ` (${href})` : ''}
    </span>
  ),
  img: ({ alt }) => <span>{alt}</span>,
}

export default function ReportPreview({ markdown }: { markdown: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
      {markdown}
    </Markdown>
  )
}
