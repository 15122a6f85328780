import type { SnippetPart } from '@shared/search-types'

/** A result passage with the matched words marked; plain text only, never HTML from a document. It keeps its own direction in a right-to-left interface. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet" dir="auto">
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  )
}
