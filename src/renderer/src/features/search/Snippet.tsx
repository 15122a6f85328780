import type { SnippetPart } from '@shared/search-types'

/** A result passage with the matched words marked; plain text only, never HTML from a document. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  )
}
