/* global document, window, navigator */
// What the page decides before its first frame, so that frame is already the right one. A
// classic script in <head>: it runs before the body is parsed, ahead of the app's modules.
;(function () {
  var root = document.documentElement
  // The first screen drawn ahead (main/first-page.ts) is the library's: when the address names
  // another area (read as shell/routes.ts parseHash reads it), it stays hidden until the app
  // draws that area.
  var others = ['reader', 'search', 'glossary', 'scenarios', 'workshops', 'timeline', 'settings', 'methods']
  var first = window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean)[0] || ''
  if (others.concat(['present', 'screen']).indexOf(first) >= 0) root.setAttribute('data-first-screen-off', '')
  // If the app's code fails to load or to start, the drawn screen (inert) would stay, answering
  // nothing: it gives way to a line that says so, in the page's language.
  var failed = {
    en: 'Training Companion could not start. Reload the page; if this happens again, restart the app.',
    fr: 'Training Companion n’a pas pu démarrer. Rechargez la page ; si cela se reproduit, redémarrez l’application.',
    ar: 'تعذّر بدء تشغيل Training Companion. أعد تحميل الصفحة، وإذا تكرّر ذلك فأعد تشغيل التطبيق.',
  }
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target
      if (target && target !== window && target.tagName !== 'SCRIPT') return
      var drawn = document.querySelector('#root > [data-first-screen]')
      if (!drawn || document.getElementById('tc-start-failed')) return
      var line = document.createElement('p')
      line.id = 'tc-start-failed'
      line.setAttribute('role', 'alert')
      line.textContent = failed[root.lang] || failed.en
      root.setAttribute('data-first-screen-off', '')
      document.body.insertBefore(line, document.body.firstChild)
    },
    true,
  )
  // Alt+1…9 pressed on the drawn screen, before the app answers, goes where the app would have
  // gone: the address of the drawn navigation's link in that place (the app starts there).
  window.addEventListener(
    'keydown',
    function (event) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      if (window.performance.getEntriesByName('tc-live').length || document.getElementById('tc-start-failed')) return
      var digit = /^[1-9]$/.test(event.key) ? event.key : (/^Digit([1-9])$/.exec(event.code) || [])[1]
      var links = document.querySelectorAll('#root > [data-first-screen] nav a[href^="#/"]')
      var link = digit && links[Number(digit) - 1]
      if (!link) return
      event.preventDefault()
      var href = link.getAttribute('href')
      if (href !== links[0].getAttribute('href')) root.setAttribute('data-first-screen-off', '')
      else root.removeAttribute('data-first-screen-off')
      window.location.hash = href
    },
    true,
  )
  // Radix Themes names six font families before system-ui. On Linux none is usually installed,
  // and each miss is a font lookup in the first layout (35–59 ms, against 11–23 with system-ui
  // first: traces, session 14). On macOS and Windows its stack finds the system font at once,
  // and on Windows its 'Segoe UI (Custom)' faces give weight 500 the Semibold face, which
  // system-ui would not: so only Linux gets the shorter stack (theme-font.css).
  var agent = navigator.userAgent
  if (/\bLinux\b/.test(agent) && !/\bAndroid\b/.test(agent)) root.setAttribute('data-font-stack', 'system')
  // The app's code and its whole stylesheet, listed by the build (scripts/defer-app-assets.mjs), are
  // asked for once the drawn screen's first frame is on screen: fetched and parsed alongside it,
  // they held that frame back on two cores. On screen is when Chromium reports the paint; in the
  // desktop app, whose window is hidden until its first frame is drawn and reports no paint, two
  // frames after the page is parsed.
  // Never before the page is parsed: the app reads its settings and #root from it. A page nobody
  // sees, or one whose drawn screen is not shown, has no frame to wait for; and after a second the
  // code is asked for whatever happens.
  var listed = document.getElementById('tc-app-assets')
  if (!listed) return
  var assets = JSON.parse(listed.textContent)
  var asked = false
  var whenParsed = function (then) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then)
    else then()
  }
  var add = function (tag, attributes) {
    var element = document.createElement(tag)
    for (var name in attributes) element.setAttribute(name, attributes[name])
    document.head.appendChild(element)
  }
  var ask = function () {
    if (asked) return
    asked = true
    painted.disconnect()
    window.performance.mark('tc-app-asked')
    if (assets.stylesheet)
      add('link', { rel: 'preload', as: 'style', crossorigin: '', href: assets.stylesheet, id: 'tc-stylesheet' })
    assets.modules.forEach(function (href) {
      add('link', { rel: 'modulepreload', crossorigin: '', href: href })
    })
    add('script', { type: 'module', crossorigin: '', src: assets.entry })
  }
  var askWhenParsed = function () {
    whenParsed(ask)
  }
  var painted = new window.PerformanceObserver(askWhenParsed)
  if (document.visibilityState === 'hidden') return askWhenParsed()
  painted.observe({ type: 'paint' })
  whenParsed(function () {
    var drawn = document.querySelector('#root > [data-first-screen]')
    if (!drawn || root.hasAttribute('data-first-screen-off')) return ask()
    // a browser reports the paint; Electron's window, hidden until its first frame is drawn, does not
    if (!/\bElectron\//.test(agent)) return
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () {
        window.setTimeout(ask, 0)
      })
    })
  })
  window.setTimeout(askWhenParsed, 1000)
})()
