// Keeps a briefing page current from its event stream and sends its forms to the JSON API.
// Event data goes in with textContent only, never as markup; panels marked data-follow are swapped for the
// server's own rendering of this page, fetched again after a phase change or a publication.
(function () {
  'use strict';
  var room = document.querySelector('[data-events]');
  if (!room) { return; }
  var press = room.dataset.audience === 'press';
  var myEntry = room.dataset.myEntry || null;
  var reporterOf = {};
  var status = document.getElementById('action-status');
  var published = Number((document.getElementById('call-status') || { dataset: {} }).dataset.published || 0) > 0;

  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } return e; }
  function byId(id) { return document.getElementById(id); }
  function announce(message) { var a = byId('announce'); if (a) { a.textContent = message; } }

  function fillParagraph(p, label, segments) {
    p.textContent = '';
    if (label !== null) { p.appendChild(el('b', label)).className = 'speaker'; p.appendChild(document.createTextNode(' ')); }
    segments.forEach(function (s) {
      p.appendChild(s.kind === 'del' || s.kind === 'ins' ? el(s.kind, s.text) : document.createTextNode(s.text));
    });
  }

  function turnSection(id) { return document.querySelector('#transcript [data-turn="' + CSS.escape(String(id)) + '"]'); }

  function onTurn(t) {
    var section = turnSection(t.id) || byId('transcript').appendChild(el('section'));
    section.className = 'turn';
    section.dataset.turn = t.id;
    section.dataset.role = t.role;
    section.dataset.label = t.label;
    section.textContent = '';
    if (t.paragraphs.length === 0) { var pending = section.appendChild(el('p')); pending.className = 'pending'; fillParagraph(pending, t.label, []); }
    t.paragraphs.forEach(function (segments, i) { section.appendChild(paragraph(t.id, i + 1, t.label, segments)); });
    if (/^\d+$/.test(String(t.id))) {
      // A turn this page started already shows its button's label; only a turn started elsewhere takes the feed's.
      if (turnBox() && turnBox().value !== String(t.id)) { setTurn(t.id, t.label); }
    }
    follow(section);
  }

  function paragraph(turn, n, label, segments) {
    var p = el('p');
    p.dataset.paragraph = n;
    if (/^\d+$/.test(String(turn))) { p.dataset.ref = turn + '.' + n; }
    // The publisher's review list links here (LiveFrames.ParagraphAnchor); reporters' pages have no such list.
    if (!press) { p.id = 'p-' + turn + '-' + n; }
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
    follow(fresh);
    // A correction before approval changes what the redactor will do: the preview is worked out again.
    if (document.querySelector('#redaction-review[data-preview]')) { refresh(); }
  }

  // The transcript column scrolls on its own; keep the newest line in view unless the reader scrolled up.
  function follow(node) {
    var column = node.closest('.live-transcript');
    if (column && column.scrollHeight - column.scrollTop - column.clientHeight < 200) { column.scrollTop = column.scrollHeight; }
  }

  // The stenographer's console: what can be typed in each phase, and why not.
  var reasons = {
    scheduled: 'You can type once the moderator opens the call.',
    concluded: 'The call has ended: what you add now goes into the record before it is published. New speakers cannot be started.',
    published: 'The call has ended and its record is published: it takes no new paragraphs. Correct a paragraph below instead.'
  };
  function console_(phase) {
    var box = byId('paragraph');
    if (!box) { return; }
    var speakers = byId('speakers');
    if (speakers) { speakers.disabled = phase !== 'live'; }
    var open = phase === 'live' || (phase === 'concluded' && !published);
    box.disabled = !open;
    box.form.querySelector('button[type=submit]').disabled = !open;
    var reason = byId('typing-reason');
    reason.textContent = phase === 'live' ? '' : phase === 'concluded' && published ? reasons.published : reasons[phase] || '';
    reason.hidden = !reason.textContent;
    if (phase === 'concluded' && byId('correct')) { byId('correct').open = true; }
    // The box closes under the stenographer's hands at the publication: the reason is said, and the focus stays near it.
    if (box.disabled && document.activeElement === document.body) { reason.setAttribute('tabindex', '-1'); reason.focus(); }
  }

  function onPhase(m) {
    var was = document.body.dataset.phase;
    document.body.dataset.phase = m.phase;
    // A notice from the last form (such as "The briefing is scheduled.") is stale once the call moves on.
    document.querySelectorAll('main > .notice').forEach(function (n) { n.remove(); });
    console_(m.phase);
    if (m.phase === 'concluded' && press) { showPlace(0, 0, false); }
    if (m.phase !== 'scheduled') { document.querySelectorAll('details[data-close-when-live]').forEach(function (d) { d.open = false; }); }
    if (was !== m.phase) { announce(m.phase === 'live' ? 'The call is live.' : m.phase === 'concluded' ? 'The call has ended.' : ''); }
    if (m.phase === 'live' && focusWhenLive) {
      var next = document.querySelector(focusWhenLive);
      focusWhenLive = null;
      var still = document.activeElement === document.body || document.activeElement === byId('call-status');
      if (next && !next.disabled && still) { next.focus(); }
    }
    refresh();
  }

  function onPublished() {
    published = true;
    console_(document.body.dataset.phase);
    announce('The transcript is published.');
    refresh();
  }

  // Swaps each data-follow panel for the server's current rendering of it; the newest fetch wins.
  var refreshing = 0;
  function refresh() {
    var mine = ++refreshing;
    fetch(location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null || mine !== refreshing) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-follow][id]').forEach(function (old) {
          var now = fresh.getElementById(old.id);
          if (!now) { return; }
          var focused = old.contains(document.activeElement);
          old.replaceWith(document.importNode(now, true));
          if (focused) { byId(old.id).focus(); }
        });
        tick();
      })
      .catch(function () { /* the next event tries again */ });
  }

  function waiting(iso) {
    var minutes = Math.floor((Date.now() - Date.parse(iso)) / 60000);
    return minutes < 1 ? 'under a minute' : minutes + ' min';
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }
  function elapsed(iso) {
    var s = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 1000));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
    return h > 0 ? h + ':' + two(m) + ':' + two(s % 60) : m + ':' + two(s % 60);
  }
  function tick() {
    document.querySelectorAll('time[data-elapsed-since]').forEach(function (t) { t.textContent = elapsed(t.dataset.elapsedSince); });
  }

  // A queue action (move, remove) keeps the focus in the queue: on the moved entry's row, or on the row that took
  // the removed one's place, once the queue the server sends back shows the change; never on <body>.
  var queueFocus = null;
  function placeQueueFocus() {
    var rows = byId('queue-rows');
    if (!queueFocus || !rows) { return; }
    var row = rows.querySelector('tr[data-entry="' + CSS.escape(queueFocus.entry) + '"]');
    var gone = !row;
    if (gone) { row = rows.children[Math.min(queueFocus.index, rows.children.length - 1)]; }
    var target = row ? (!gone && row.querySelector(queueFocus.control)) || row.querySelector('button') : byId('queue-empty');
    if (target && document.activeElement !== target) { target.focus(); }
    if (queueFocus.answered && (gone || queueFocus.rebuilt)) { queueFocus = null; }
  }

  function onStaffQueue(m) {
    var rows = byId('queue-rows');
    var template = byId('queue-row');
    m.entries.forEach(function (e) { reporterOf[e.entryId] = e.reporterId; });
    if (rows && template) {
      var hadFocus = rows.contains(document.activeElement) || (queueFocus && document.activeElement === document.body);
      rows.textContent = '';
      m.entries.forEach(function (e, i) {
        var row = template.content.firstElementChild.cloneNode(true);
        row.dataset.entry = e.entryId;
        row.dataset.reporter = e.reporterId;
        var set = function (field, text) { var c = row.querySelector('[data-field="' + field + '"]'); if (c) { c.textContent = text; } };
        set('place', String(i + 1)); set('name', e.name); set('outlet', e.outlet);
        set('asked', e.outletAlreadyAsked ? 'yes' : 'no'); set('waiting', waiting(e.requestedAt));
        row.querySelector('[data-field="waiting"]').setAttribute('datetime', e.requestedAt);
        row.querySelectorAll('input[name="entryId"]').forEach(function (input) { input.value = e.entryId; });
        var place = row.querySelector('input[name="place"]');
        if (place) { place.value = i + 1; }
        rows.appendChild(row);
      });
      byId('queue-empty').hidden = m.entries.length > 0;
      if (queueFocus) { queueFocus.rebuilt = queueFocus.answered; }
      if (hadFocus || queueFocus) { placeQueueFocus(); }
    }
    var openLine = byId('open-line');
    if (openLine) { openLine.textContent = m.open ? m.open.name + ', ' + m.open.outlet : 'none'; openLine.dataset.reporter = m.open ? m.open.reporterId : ''; }
    var close = byId('close-line');
    if (close) { close.hidden = !m.open; }
    var reporter = byId('open-reporter');
    if (reporter) {
      reporter.value = m.open ? (reporterOf[m.open.entryId] || '') : '';
      reporter.form.querySelector('button').disabled = !reporter.value;
    }
  }

  // The moderator's mute control: a line opening or staff let speak again ends the muting.
  function showMuting(muted) {
    var mute = byId('mute-lines');
    var unmute = byId('unmute-staff');
    if (mute && unmute) { mute.hidden = muted; unmute.hidden = !muted; }
  }

  function showPlace(position, waitingCount, open) {
    var place = byId('place');
    if (!place) { return; }
    var ended = document.body.dataset.phase === 'concluded';
    var state = ended ? 'ended' : open ? 'open' : position ? 'queued' : 'none';
    if (state === 'open' && place.dataset.state !== 'open') { announce('Your line is open — speak now.'); }
    place.dataset.state = state;
    place.textContent = ended ? 'The call has ended.'
      : open ? 'Your line is open — speak now.'
      : position ? 'You are number ' + position + ' in line (' + waitingCount + ' waiting).'
      : 'You are not in line.';
    // On an open line there is nothing to raise or withdraw: the reporter is speaking.
    byId('raise').hidden = Boolean(position || open);
    byId('withdraw').hidden = !position || open;
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
  on('line', function (m) { (press ? onPressQueue : onStaffQueue)(m.queue); onTurn(m.turn); showMuting(false); });
  on('briefing', function (m) {
    if (m.type === 'lines-muted' || m.type === 'staff-unmuted') { showMuting(m.type === 'lines-muted'); }
    // The Publication panel says what the block found; a new alias changes what the redactor will replace.
    if (m.type === 'publication-blocked' || m.type === 'publication-approved' || (m.type === 'plan-revised' && byId('redaction-review'))) { refresh(); }
  });
  on('published', onPublished);

  // The server ends a removed reporter's feed and refuses it after: once refused for good, the call's actions go too.
  source.addEventListener('error', function () {
    if (!press || source.readyState !== EventSource.CLOSED) { return; }
    fetch(room.dataset.events.replace(/\/events$/, ''), { credentials: 'same-origin' }).then(function (response) {
      if (response.status !== 403 && response.status !== 404) { return; }
      var place = byId('place');
      var gone = 'This call is no longer open to you. If you did not expect this, ask the press office.';
      if (place) { place.dataset.state = 'gone'; place.textContent = gone; }
      ['raise', 'withdraw'].forEach(function (id) { if (byId(id)) { byId(id).hidden = true; } });
      announce(gone);
    });
  });

  // A refusal is shown beside the form that was refused (the paragraph box for the speaker keys), else at the top.
  function say(form, message) {
    var spot = form && (form.querySelector('[data-error]') || (form.dataset.label !== undefined && byId('paragraph-error')));
    var done = form && form.querySelector('[data-done-note]');
    if (done) { done.hidden = true; }
    if (spot) {
      spot.textContent = message;
      spot.hidden = !message;
      if (status) { status.hidden = true; }
      return;
    }
    if (!status) { return; }
    status.textContent = message;
    status.hidden = !message;
  }

  function turnBox() { return byId('current-turn'); }
  function setTurn(id, label) {
    var box = turnBox();
    if (!box) { return; }
    box.value = id;
    byId('current-speaker').textContent = label;
  }

  // The second step of a consequential action: a dialog naming the consequence, with Cancel focused.
  function confirmThen(form, submitter) {
    var dialog = byId('confirm');
    if (!dialog || !dialog.showModal) { return true; }
    byId('confirm-message').textContent = form.dataset.confirm;
    byId('confirm-yes').textContent = form.dataset.confirmAction || 'Yes';
    dialog.returnValue = '';
    dialog.onclose = function () {
      if (dialog.returnValue !== 'yes') { (submitter || form).focus(); return; }
      form.dataset.confirmed = 'yes';
      form.requestSubmit(submitter || undefined);
    };
    dialog.showModal();
    return false;
  }

  // A form with data-api posts its fields as JSON; the page then changes through the event stream, as everyone else's does.
  // Posts go one after another, so a paragraph typed right after a speaker's hot key lands in that speaker's new turn.
  var sending = Promise.resolve();
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.dataset) { return; }
    if (form.dataset.confirm && form.dataset.confirmed !== 'yes') {
      event.preventDefault();
      confirmThen(form, event.submitter);
      return;
    }
    delete form.dataset.confirmed;
    if (!form.dataset.api) { return; }
    event.preventDefault();
    if (form.dataset.busy) { return; } // a second click while the first is on its way does nothing
    var body = {};
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf('__') === 0 || value === '') { return; }
      body[name] = name === 'confirm' ? value === 'true' : /^\d+$/.test(value) && name !== 'text' && name !== 'entryId' && name !== 'reporterId' ? Number(value) : value;
    });
    if (form.dataset.toIndex && typeof body[form.dataset.toIndex] === 'number') { body.toIndex = body[form.dataset.toIndex] - 1; }
    var row = form.closest('#queue-rows > tr');
    if (row && form.dataset.queueFocus) {
      queueFocus = { entry: row.dataset.entry, index: Array.prototype.indexOf.call(row.parentNode.children, row), control: form.dataset.queueFocus, answered: false, rebuilt: false };
    }
    var typed = form.dataset.clear ? form.elements[form.dataset.clear] : null;
    var text = typed ? typed.value : '';
    if (typed) { typed.value = ''; }
    if (form.dataset.lines) {
      // One paragraph a line, as the server keeps them; blank lines only separate.
      var lines = text.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean);
      if (lines.length === 0) { say(form, 'Type the paragraph first.'); restore(typed, text); return; }
      sending = sending.then(function () { return true; });
      lines.forEach(function (line, i) {
        sending = sending.then(function (ok) {
          if (ok === false) { return false; }
          body.text = line;
          return send(form, body, typed, lines.slice(i).join('\n'));
        });
      });
      sending = sending.then(function () { return true; });
      return;
    }
    form.dataset.busy = 'yes';
    sending = sending.then(function () { return send(form, body, typed, text); }).then(function (ok) { delete form.dataset.busy; return ok; });
  });

  // Nothing typed is lost to a refusal: the refused words go back in front of anything typed since.
  function restore(typed, text) {
    if (typed && text) { typed.value = typed.value ? text + '\n' + typed.value : text; }
  }

  function send(form, body, typed, text) {
    // The turn is read when the post goes, not when Enter was pressed: a turn started just before has its id by then.
    var turn = turnBox();
    if (turn && form.contains(turn)) {
      if (!turn.value) {
        say(form, 'Choose who is speaking first: a speaker\u2019s button, or its hot key (Alt+1 for the moderator).');
        restore(typed, text);
        return Promise.resolve(false);
      }
      body.turn = Number(turn.value);
    }
    var url = form.dataset.api.replace(/\{(\w+)\}/g, function (_, name) { return encodeURIComponent(body[name] === undefined ? '' : body[name]); });
    // A form marked data-form-post goes to its page route as the browser would post it (token included), answered as JSON.
    var asForm = form.dataset.formPost !== undefined;
    return fetch(url, {
      method: form.dataset.method || 'POST',
      headers: { 'Content-Type': asForm ? 'application/x-www-form-urlencoded' : 'application/json', 'Accept': 'application/json' },
      credentials: 'same-origin',
      body: asForm ? new URLSearchParams(new FormData(form)) : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok) {
          refused(form, answer.detail || answer.title || 'That did not work (' + response.status + ').');
          restore(typed, text);
          if (queueFocus && form.dataset.queueFocus) { queueFocus = null; }
          // The record was published before this page heard of it: the box closes, keeping the words for a correction.
          if (answer.code === 'record-published') { published = true; console_(document.body.dataset.phase); }
          return false;
        }
        say(form, '');
        var done = form.querySelector('[data-done-note]');
        if (done) { done.textContent = form.dataset.done; done.hidden = false; form.querySelectorAll('input[type=text], input:not([type])').forEach(function (i) { if (i.name !== 'reference') { i.value = ''; } }); }
        if (answer.turnId !== undefined && form.dataset.label) {
          setTurn(answer.turnId, form.dataset.label);
          byId('paragraph').focus();
        }
        if (press && 'entryId' in answer) { myEntry = answer.entryId; showPlace(answer.position, answer.waiting, answer.lineOpen); }
        if (form.dataset.announce) { announce(named(form, form.dataset.announce)); }
        if (form.id === 'mute-lines' || form.id === 'unmute-staff') { showMuting(form.id === 'mute-lines'); }
        if (queueFocus && form.dataset.queueFocus) { queueFocus.answered = true; placeQueueFocus(); } else { focusAfter(form); }
        return true;
      });
    }, function () {
      say(form, 'The server could not be reached; nothing was sent. Try again.');
      restore(typed, text);
      return false;
    });
  }

  // "{name}" in a form's announcement is the reporter on its queue row.
  function named(form, message) {
    var cell = form.closest('tr') && form.closest('tr').querySelector('[data-field="name"]');
    return message.replace('{name}', cell ? cell.textContent : 'The reporter');
  }

  // After an action the focus goes to the first of the form's data-focus-after choices that can take it, never to <body>.
  // A choice the phase change is about to enable (the paragraph box once the call is live) takes it when it arrives.
  var focusWhenLive = null;
  function focusAfter(form) {
    var choices = (form.dataset.focusAfter || '').split('|').filter(Boolean).concat(form.offsetParent === null ? ['#call-status'] : []);
    if (form.dataset.focusWhenLive) {
      if (document.body.dataset.phase === 'live') { choices.unshift(form.dataset.focusWhenLive); } else { focusWhenLive = form.dataset.focusWhenLive; }
    }
    for (var i = 0; i < choices.length; i++) {
      var next = document.querySelector(choices[i]);
      if (next && !next.disabled && next.getClientRects().length > 0) { next.focus(); return; }
    }
  }

  // A refused speaker key leaves nobody holding the floor, so the next paragraph cannot slip into the turn before it.
  function refused(form, message) {
    if (form.dataset.label !== undefined) { setTurn('', 'nobody: the last speaker key was refused'); }
    say(form, message);
  }

  // The paragraph box: Enter adds, Shift+Enter starts another paragraph in the box.
  var box = byId('paragraph');
  if (box) {
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        box.form.requestSubmit();
      }
    });
  }

  // The stenographer's hot keys: Alt+1 moderator, Alt+2… plan speakers, Alt+Q reporter, Alt+O operator.
  document.addEventListener('keydown', function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) { return; }
    var key = event.code.indexOf('Digit') === 0 ? event.code.slice(5) : event.code.indexOf('Key') === 0 ? event.code.slice(3).toLowerCase() : null;
    var button = key && document.querySelector('button[data-hotkey="' + key + '"]');
    if (!button) { return; }
    event.preventDefault();
    if (button.disabled || button.closest('fieldset:disabled')) {
      refused(button.form, button.dataset.speaker === 'reporter' && document.body.dataset.phase === 'live'
        ? 'No reporter\u2019s line is open, so Alt+Q has nobody to give the floor to; the operator opens a line from the queue.'
        : byId('typing-reason').textContent || 'That speaker cannot take the floor now.');
      return;
    }
    button.form.requestSubmit(button);
  });

  setInterval(function () {
    document.querySelectorAll('#queue-rows time[datetime]').forEach(function (t) { t.textContent = waiting(t.getAttribute('datetime')); });
  }, 15000);
  setInterval(tick, 1000);
  tick();
})();
