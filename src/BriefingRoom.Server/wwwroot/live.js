// Keeps a briefing page current from its event stream and sends its forms to the JSON API.
// Server data goes in with textContent only, never as markup.
(function () {
  'use strict';
  var room = document.querySelector('[data-events]');
  if (!room) { return; }
  var press = room.dataset.audience === 'press';
  var myEntry = room.dataset.myEntry || null;
  var reporterOf = {};
  var status = document.getElementById('action-status');

  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } return e; }

  function fillParagraph(p, label, segments) {
    p.textContent = '';
    if (label !== null) { p.appendChild(el('b', label)).className = 'speaker'; p.appendChild(document.createTextNode(' ')); }
    segments.forEach(function (s) {
      p.appendChild(s.kind === 'del' || s.kind === 'ins' ? el(s.kind, s.text) : document.createTextNode(s.text));
    });
  }

  function turnSection(id) { return document.querySelector('#transcript [data-turn="' + CSS.escape(String(id)) + '"]'); }

  function onTurn(t) {
    var section = turnSection(t.id) || document.getElementById('transcript').appendChild(el('section'));
    section.className = 'turn';
    section.dataset.turn = t.id;
    section.dataset.role = t.role;
    section.dataset.label = t.label;
    section.textContent = '';
    if (t.paragraphs.length === 0) { var pending = section.appendChild(el('p')); pending.className = 'pending'; fillParagraph(pending, t.label, []); }
    t.paragraphs.forEach(function (segments, i) { section.appendChild(paragraph(t.id, i + 1, t.label, segments)); });
    if (/^\d+$/.test(String(t.id))) {
      var turn = document.getElementById('current-turn');
      var speaker = document.getElementById('current-speaker');
      // A turn this page started already shows its button's label; only a turn started elsewhere takes the feed's.
      if (turn && turn.value !== String(t.id)) {
        turn.value = t.id;
        if (speaker) { speaker.textContent = t.label; }
      }
    }
  }

  function paragraph(turn, n, label, segments) {
    var p = el('p');
    p.dataset.paragraph = n;
    if (/^\d+$/.test(String(turn))) { p.dataset.ref = turn + '.' + n; }
    fillParagraph(p, n === 1 ? label : null, segments);
    return p;
  }

  function onParagraph(m) {
    var section = turnSection(m.turn);
    if (!section) { return; }
    var label = section.dataset.label || (section.querySelector('.speaker') || {}).textContent || '';
    section.dataset.label = label;
    var fresh = paragraph(m.turn, m.paragraph, label, m.segments);
    var old = section.querySelector('[data-paragraph="' + m.paragraph + '"]');
    var pending = section.querySelector('.pending');
    if (old) { section.replaceChild(fresh, old); } else { if (pending) { pending.remove(); } section.appendChild(fresh); }
  }

  function onPhase(m) {
    document.body.dataset.phase = m.phase;
    var phase = document.getElementById('phase');
    if (phase) { phase.textContent = m.phase; }
  }

  function waiting(iso) {
    var minutes = Math.floor((Date.now() - Date.parse(iso)) / 60000);
    return minutes < 1 ? 'under a minute' : minutes + ' min';
  }

  function onStaffQueue(m) {
    var rows = document.getElementById('queue-rows');
    var template = document.getElementById('queue-row');
    m.entries.forEach(function (e) { reporterOf[e.entryId] = e.reporterId; });
    if (rows && template) {
      rows.textContent = '';
      m.entries.forEach(function (e, i) {
        var row = template.content.firstElementChild.cloneNode(true);
        row.dataset.entry = e.entryId;
        var set = function (field, text) { var c = row.querySelector('[data-field="' + field + '"]'); if (c) { c.textContent = text; } };
        set('place', String(i + 1)); set('name', e.name); set('outlet', e.outlet);
        set('asked', e.outletAlreadyAsked ? 'yes' : 'no'); set('waiting', waiting(e.requestedAt));
        row.querySelector('[data-field="waiting"]').setAttribute('datetime', e.requestedAt);
        row.querySelectorAll('input[name="entryId"]').forEach(function (input) { input.value = e.entryId; });
        var place = row.querySelector('input[name="place"]');
        if (place) { place.value = i + 1; }
        rows.appendChild(row);
      });
      document.getElementById('queue-empty').hidden = m.entries.length > 0;
    }
    var openLine = document.getElementById('open-line');
    if (openLine) { openLine.textContent = m.open ? m.open.name + ', ' + m.open.outlet : 'none'; }
    var close = document.getElementById('close-line');
    if (close) { close.hidden = !m.open; }
    var reporter = document.getElementById('open-reporter');
    if (reporter) { reporter.value = m.open ? (reporterOf[m.open.entryId] || '') : ''; }
  }

  function showPlace(position, waitingCount, open) {
    var place = document.getElementById('place');
    if (!place) { return; }
    place.textContent = open ? 'Your line is open: ask your question.'
      : position ? 'You are number ' + position + ' in line (' + waitingCount + ' waiting).'
      : 'You are not in line.';
    // On an open line there is nothing to raise or withdraw: the reporter is speaking.
    document.getElementById('raise').hidden = Boolean(position || open);
    document.getElementById('withdraw').hidden = !position || open;
  }

  function onPressQueue(m) {
    if (myEntry && m.entries.indexOf(myEntry) < 0 && m.open !== myEntry) { myEntry = null; }
    showPlace(myEntry ? m.entries.indexOf(myEntry) + 1 : 0, m.entries.length, Boolean(myEntry) && m.open === myEntry);
  }

  var source = new EventSource(room.dataset.events + '?after=' + encodeURIComponent(room.dataset.seq || '0'));
  function on(name, handler) { source.addEventListener(name, function (e) { handler(JSON.parse(e.data)); }); }
  on('turn', onTurn);
  on('paragraph', onParagraph);
  on('phase', onPhase);
  on('queue', press ? onPressQueue : onStaffQueue);
  on('line', function (m) { (press ? onPressQueue : onStaffQueue)(m.queue); onTurn(m.turn); });
  on('published', function () { say('The transcript is published.'); });

  function say(message) {
    if (!status) { return; }
    status.textContent = message;
    status.hidden = !message;
  }

  // A form with data-api posts its fields as JSON; the page then changes through the event stream, as everyone else's does.
  // Posts go one after another, so a paragraph typed right after a speaker's hot key lands in that speaker's new turn.
  var sending = Promise.resolve();
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.dataset || !form.dataset.api) { return; }
    event.preventDefault();
    var body = {};
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf('__') === 0 || value === '') { return; }
      body[name] = /^\d+$/.test(value) && name !== 'text' && name !== 'entryId' && name !== 'reporterId' ? Number(value) : value;
    });
    var typed = form.dataset.clear ? form.elements[form.dataset.clear] : null;
    var text = typed ? typed.value : '';
    if (typed) { typed.value = ''; }
    sending = sending.then(function () { return send(form, body, typed, text); });
  });

  function send(form, body, typed, text) {
    // The turn is read when the post goes, not when Enter was pressed: a turn started just before has its id by then.
    var turn = document.getElementById('current-turn');
    if (turn && form.contains(turn) && turn.value) { body.turn = Number(turn.value); }
    var url = form.dataset.api.replace(/\{(\w+)\}/g, function (_, name) { return encodeURIComponent(body[name] === undefined ? '' : body[name]); });
    return fetch(url, {
      method: form.dataset.method || 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok) {
          say(answer.detail || answer.title || 'That did not work (' + response.status + ').');
          if (typed && !typed.value) { typed.value = text; } // nothing typed is lost to a refusal
          return;
        }
        say('');
        if (answer.turnId !== undefined && form.dataset.label) {
          turn.value = answer.turnId;
          document.getElementById('current-speaker').textContent = form.dataset.label;
          document.getElementById('paragraph').focus();
        }
        if (press && 'entryId' in answer) { myEntry = answer.entryId; showPlace(answer.position, answer.waiting, answer.lineOpen); }
      });
    }, function () {
      say('The server could not be reached; try again.');
      if (typed && !typed.value) { typed.value = text; }
    });
  }

  // The stenographer's hot keys: Alt+1 moderator, Alt+2… plan speakers, Alt+Q reporter, Alt+O operator.
  document.addEventListener('keydown', function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) { return; }
    var key = event.code.indexOf('Digit') === 0 ? event.code.slice(5) : event.code.indexOf('Key') === 0 ? event.code.slice(3).toLowerCase() : null;
    var button = key && document.querySelector('button[data-hotkey="' + key + '"]');
    if (!button) { return; }
    event.preventDefault();
    button.form.requestSubmit(button);
  });

  setInterval(function () {
    document.querySelectorAll('#queue-rows time[datetime]').forEach(function (t) { t.textContent = waiting(t.getAttribute('datetime')); });
  }, 15000);
})();
