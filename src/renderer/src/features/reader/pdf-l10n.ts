/**
 * pdf.js labels what it draws (each page's landmark, a note icon's alt text, a popup's date)
 * with Fluent message ids, and by default runs its own English Fluent engine over the viewer:
 * the largest manual's 1,321 page labels were formatted in one frame just as its first page
 * drew (~50 ms of the cold open, and garbage to collect after). This gives pdf.js the same
 * labels from the app's i18next instead, in the facilitator's language. Like pdf.js's own,
 * it watches the viewer for labelled elements and stands aside while pdf.js pauses it (text
 * layers are appended paused: thousands of spans, none labelled).
 */
import type { i18n as I18n } from 'i18next'

type Args = Record<string, unknown>
type Format = (args: Args) => string

/**
 * i18next formats a message in some 50 µs, too slow for 1,321 page labels at once; a label is
 * formatted once with a marker in place of its argument, then the marker replaced per element.
 */
function template(i18n: I18n, key: string, arg: string): Format {
  const marker = `\u0001${arg}\u0001`
  const text = i18n.t(key, { [arg]: marker })
  return (args) => text.replace(marker, String(args[arg] ?? ''))
}

interface Message {
  attribute?: string
  format: Format
}

type MessageId =
  | 'pdfjs-page-landmark'
  | 'pdfjs-text-annotation-type'
  | 'pdfjs-show-comment-button'
  | 'pdfjs-annotation-date-time-string'
type Messages = Record<MessageId, Message>

const lookup = (messages: Messages, id: string | null): Message | undefined =>
  id && Object.hasOwn(messages, id) ? messages[id as MessageId] : undefined

export function messagesFor(i18n: I18n): Messages {
  return {
    'pdfjs-page-landmark': { attribute: 'aria-label', format: template(i18n, 'reader.pdfjs.pageLandmark', 'page') },
    'pdfjs-text-annotation-type': {
      attribute: 'alt',
      format: template(i18n, 'reader.pdfjs.annotationIcon', 'type'),
    },
    'pdfjs-show-comment-button': { attribute: 'title', format: () => i18n.t('reader.pdfjs.showComment') },
    'pdfjs-annotation-date-time-string': {
      format: (args) =>
        new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(
          new Date(Number(args.dateObj)),
        ),
    },
  }
}

function argsOf(element: Element): Args {
  try {
    return JSON.parse(element.getAttribute('data-l10n-args') ?? '{}') as Args
  } catch {
    return {}
  }
}

/** Labels one element from its data-l10n-id; ids pdf.js uses only for editing tools (off here) are left alone. */
function labelElement(messages: Messages, element: Element): void {
  const message = lookup(messages, element.getAttribute('data-l10n-id'))
  if (!message) return
  const text = message.format(argsOf(element))
  if (message.attribute) element.setAttribute(message.attribute, text)
  else element.textContent = text
}

function labelTree(messages: Messages, node: Node): void {
  if (!(node instanceof Element)) return
  if (node.hasAttribute('data-l10n-id')) labelElement(messages, node)
  for (const child of node.querySelectorAll('[data-l10n-id]')) labelElement(messages, child)
}

/** The object pdf.js's viewer takes as its `l10n` option. */
export function createPdfL10n(i18n: I18n) {
  const messages = messagesFor(i18n)
  const roots = new Set<Element>()
  const observer = new MutationObserver((records) => handle(records))
  const observe = (root: Element) =>
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-l10n-id', 'data-l10n-args'],
    })
  const handle = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'attributes') labelElement(messages, record.target as Element)
      else for (const node of record.addedNodes) labelTree(messages, node)
    }
  }
  return {
    getLanguage: () => i18n.language,
    getDirection: () => i18n.dir(),
    async get(ids: string | string[], args: Args | null = null) {
      const one = (id: string) => lookup(messages, id)?.format(args ?? {})
      return Array.isArray(ids) ? ids.map(one) : one(ids)
    },
    async translate(root: Element) {
      roots.add(root)
      labelTree(messages, root)
      observe(root)
    },
    async translateOnce(element: Element) {
      labelTree(messages, element)
    },
    async destroy() {
      observer.disconnect()
      roots.clear()
    },
    pause() {
      handle(observer.takeRecords())
      observer.disconnect()
    },
    resume() {
      for (const root of roots) observe(root)
    },
  }
}
