// The control room's view of the call's audio: who is connected, who is talking, each reporter's line beside the queue.
// Polled twice a second from the staff-only participant list rather than pushed on the live feed: that feed is the
// log's tail (ids are sequence numbers, replayed on reconnect), and talking starts and stops many times a minute
// without ever being a logged event.
(function () {
  'use strict';
  var list = document.getElementById('audio-people');
  if (!list) { return; }
  var panel = document.getElementById('audio');
  var count = document.getElementById('audio-count');
  var api = list.dataset.api;
  var people = [];
  var timer = 0;

  function el(tag, text, className) { var e = document.createElement(tag); e.textContent = text; if (className) { e.className = className; } return e; }

  var parts = { official: 'official', staff: 'staff', reporter: 'reporter' };

  // In words, for the list and the queue: what the room does with this person's microphone. A reporter who joined
  // without one is said to first: opening their line would carry nothing.
  var noMicrophone = 'listen only \u2014 no microphone';
  function line(p) {
    if (silent(p)) { return p.muted ? noMicrophone : noMicrophone + ', line open'; }
    if (p.part === 'reporter') { return p.muted ? 'listening, line closed' : 'line open'; }
    return p.muted ? 'muted' : 'speaking';
  }

  function silent(p) { return p.part === 'reporter' && !p.microphone; }

  function render() {
    list.textContent = '';
    people.forEach(function (p) {
      var item = el('li', '');
      item.dataset.key = p.key;
      item.dataset.talking = p.talking ? 'yes' : 'no';
      item.appendChild(el('span', p.display, 'who'));
      item.appendChild(el('span', parts[p.part] || p.part, 'part'));
      item.appendChild(el('span', line(p), 'line' + (silent(p) ? ' no-microphone' : '')));
      if (p.talking) { item.appendChild(el('span', 'talking', 'talking')); }
      list.appendChild(item);
    });
    count.textContent = people.length === 0 ? 'Nobody is connected to the audio.' : people.length === 1 ? '1 person is connected to the audio.' : people.length + ' people are connected to the audio.';
    queueCells();
    var me = panel && panel.dataset.participant;
    people.forEach(function (p) {
      if (me && String(p.participant) === me) { panel.dispatchEvent(new CustomEvent('audio-muted', { detail: p.muted })); }
    });
  }

  // Each queue row says whether that reporter hears the call, and whether their line is open in the room; the open
  // line warns when it carries nothing.
  function queueCells() {
    var open = document.getElementById('open-line-audio');
    if (open) {
      var reporter = document.getElementById('open-line').dataset.reporter;
      var o = reporter && people.filter(function (x) { return x.key === 'reporter:' + reporter; })[0];
      var warning = o && silent(o) ? '(' + noMicrophone + ': nobody hears them)' : '';
      if (open.textContent !== warning) { open.textContent = warning; }
    }
    document.querySelectorAll('#queue-rows tr[data-reporter]').forEach(function (row) {
      var cell = row.querySelector('[data-field="audio"]');
      if (!cell) { return; }
      var p = people.filter(function (x) { return x.key === 'reporter:' + row.dataset.reporter; })[0];
      var text = p ? line(p) + (p.talking ? ', talking' : '') : 'not connected';
      if (cell.textContent !== text) { cell.textContent = text; }
      cell.classList.toggle('no-microphone', Boolean(p && silent(p)));
    });
  }

  function poll() {
    clearTimeout(timer);
    if (document.body.dataset.phase !== 'live') { people = []; render(); return; }
    fetch(api, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) { if (answer) { people = answer; render(); } }, function () { /* the next poll tries again */ })
      .then(function () { timer = setTimeout(poll, 500); });
  }

  var rows = document.getElementById('queue-rows');
  if (rows) { new MutationObserver(queueCells).observe(rows, { childList: true }); }
  var openLine = document.getElementById('open-line');
  if (openLine) { new MutationObserver(queueCells).observe(openLine, { attributes: true, attributeFilter: ['data-reporter'] }); }
  new MutationObserver(poll).observe(document.body, { attributes: true, attributeFilter: ['data-phase'] });
  poll();
})();
