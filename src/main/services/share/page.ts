/**
 * The participant page's documents: the page itself (empty places the script fills from
 * the view), the join form (no code yet, or a wrong one), and plain refusals — all in the
 * facilitator's language, with nothing inline, so the share's CSP can be `default-src 'self'`.
 */
import type { Language } from '@shared/model'
import { participantWords } from '@shared/participant-words'
import script from './page/participant.js?raw'
import styles from './page/participant.css?raw'

export const PAGE_SCRIPT = script
export const PAGE_STYLES = styles

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function documentOf(language: Language, title: string, body: string, withScript = false): string {
  const dir = language === 'ar' ? 'rtl' : 'ltr'
  return [
    '<!doctype html>',
    `<html lang="${language}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/page.css">`,
    withScript ? '<script src="/page.js" defer></script>' : '',
    `</head><body><main>${body}</main></body></html>`,
  ].join('')
}

export function participantPage(language: Language): string {
  const w = participantWords[language]
  return documentOf(
    language,
    w.pageTitle,
    `<div class="head"><h1 id="title" dir="auto"></h1><p id="status" class="status" role="status"></p></div>
<p id="day" class="day"></p>
<section aria-labelledby="now-label"><h2 id="now-label">${escapeHtml(w.now)}</h2>
<p id="now-title" class="big" dir="auto"></p>
<p id="time" class="time" hidden><span id="timer" class="timer" role="timer" aria-label="${escapeHtml(w.timeLeft)}"></span> <span id="state" class="state"></span></p></section>
<section id="next-section" aria-labelledby="next-label" hidden><h2 id="next-label">${escapeHtml(w.next)}</h2>
<p><span id="next-at" class="next-at"></span><bdi id="next-title"></bdi></p></section>
<section id="scenario-section" aria-labelledby="scenario-label" hidden><h2 id="scenario-label"></h2>
<p id="scenario-title" class="big" dir="auto"></p><p id="phase" dir="auto"></p><p id="situation" class="muted" dir="auto"></p>
<h3 id="injects-label"></h3><p id="no-injects" class="muted"></p><ol id="injects" aria-labelledby="injects-label"></ol></section>
<section id="handouts-section" aria-labelledby="handouts-label" hidden><h2 id="handouts-label"></h2><ul id="handouts"></ul></section>`,
    true,
  )
}

export function joinPage(language: Language, problem: 'none' | 'wrong' = 'none'): string {
  const w = participantWords[language]
  const alert = problem === 'wrong' ? `<p class="alert" role="alert">${escapeHtml(w.wrongCode)}</p>` : ''
  return documentOf(
    language,
    w.join,
    `<h1>${escapeHtml(w.join)}</h1><p>${escapeHtml(w.joinHelp)}</p>${alert}
<form method="get" action="/"><label for="code">${escapeHtml(w.code)}</label>
<div><input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" required></div>
<button type="submit">${escapeHtml(w.joinButton)}</button></form>`,
  )
}

export function plainPage(language: Language, text: string): string {
  return documentOf(language, text, `<p>${escapeHtml(text)}</p>`)
}
