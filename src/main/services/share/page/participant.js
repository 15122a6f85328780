// The participant page: first /now.json, then the server's pushes on /live (or, where
// there is no EventSource, /now.json once a second). The time left counts down with this
// phone's own monotonic clock from the value the server computed, so a phone whose
// clock is set wrong still shows the room's time, and a pause holds it still.
'use strict'
;(function () {
  var view = null
  var receivedAt = 0
  var $ = function (id) {
    return document.getElementById(id)
  }
  var put = function (id, value) {
    var el = $(id)
    if (el.textContent !== value) el.textContent = value
  }
  var show = function (id, visible) {
    $(id).hidden = !visible
  }

  function mmss(seconds) {
    var s = Math.abs(Math.round(seconds))
    return (seconds < 0 ? '\u2212' : '') + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0')
  }

  function tick() {
    if (!view || !view.current) return
    var c = view.current
    var left = c.paused ? c.secondsLeft : c.secondsLeft - (performance.now() - receivedAt) / 1000
    var state = c.paused ? 'paused' : left < 0 ? 'over' : 'running'
    put('timer', mmss(Math.max(0, left)))
    put('state', c.paused ? view.words.paused : left < 0 ? view.words.overTime : view.words.left)
    $('time').dataset.state = state
  }

  /** `auto`: the text is the facilitator's own (a title, an inject), in whatever language they wrote it */
  function item(tag, className, text, auto) {
    var el = document.createElement(tag)
    if (className) el.className = className
    if (text !== undefined) el.textContent = text
    if (auto) el.dir = 'auto'
    return el
  }

  function renderInjects(injects) {
    var list = $('injects')
    list.replaceChildren()
    injects.forEach(function (i) {
      var li = item('li', 'inject')
      li.appendChild(item('p', 'route', i.type + (i.route ? ' · ' + i.route : ''), true))
      li.appendChild(item('p', 'content', i.content, true))
      list.appendChild(li)
    })
    show('no-injects', injects.length === 0)
  }

  function renderHandouts(handouts) {
    var list = $('handouts')
    list.replaceChildren()
    handouts.forEach(function (h) {
      var li = item('li', 'handout')
      var text = item('div')
      text.appendChild(item('p', '', h.title, true))
      text.appendChild(item('p', 'muted', h.detail))
      var link = item('a', 'download', view.words.download)
      link.href = '/handouts/' + encodeURIComponent(h.id)
      link.setAttribute('download', '')
      link.setAttribute('aria-label', view.words.download + ': ' + h.title)
      li.appendChild(text)
      li.appendChild(link)
      list.appendChild(li)
    })
    show('handouts-section', handouts.length > 0)
  }

  function render(next) {
    view = next
    receivedAt = performance.now()
    var w = view.words
    document.documentElement.lang = view.language
    document.documentElement.dir = view.dir
    document.title = (view.title ? view.title + ' — ' : '') + w.pageTitle
    put('title', view.title)
    put('day', view.day)
    put('now-label', w.now)
    put('next-label', w.next)
    put('scenario-label', w.scenario)
    put('injects-label', w.injects)
    put('no-injects', w.noInjects)
    put('handouts-label', w.handouts)
    $('timer').setAttribute('aria-label', w.timeLeft)
    put('now-title', view.current ? view.current.title : view.ended ? w.ended : w.waiting)
    show('time', !!view.current)
    show('next-section', !!view.next)
    if (view.next) {
      put('next-at', view.next.at)
      put('next-title', view.next.title)
    }
    var s = view.scenario
    show('scenario-section', !!s)
    if (s) {
      put('scenario-title', s.title)
      put('phase', s.phase + (s.gameTime ? ' · ' + s.gameTime : ''))
      put('situation', s.situation)
      renderInjects(s.injects)
    }
    renderHandouts(view.handouts)
    tick()
  }

  function status(online) {
    var el = $('status')
    el.dataset.state = online ? 'live' : 'offline'
    if (view) put('status', online ? view.words.live : view.words.reconnecting)
  }

  function load() {
    return fetch('/now.json', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        if (r.status === 403) return location.reload()
        if (!r.ok) throw new Error(String(r.status))
        return r.json().then(function (v) {
          render(v)
          status(true)
        })
      })
      .catch(function () {
        status(false)
      })
  }

  // The browser reconnects a dropped stream by itself, but not one the server refused (a 429
  // when the room's phones share an address, a restart): that one is opened again, later each time.
  var retryDelay = 1000
  function follow() {
    if (!window.EventSource) return setInterval(load, 1000)
    var source = new EventSource('/live')
    source.onmessage = function (e) {
      retryDelay = 1000
      render(JSON.parse(e.data))
      status(true)
    }
    source.onerror = function () {
      status(false)
      if (source.readyState !== EventSource.CLOSED) return
      setTimeout(function () {
        void load().then(follow)
      }, retryDelay)
      retryDelay = Math.min(retryDelay * 2, 15000)
    }
  }

  void load().then(follow)
  setInterval(tick, 250)
})()
