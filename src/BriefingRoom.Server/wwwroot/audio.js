// The call's audio for the person on the page (AudioPanel.razor): join with the microphone, hear the room, leave.
// The browser never talks to the media server's API: it sends its offer to Briefing Room, which joins it to the room
// and answers. What the person may say (muted or not) is Briefing Room's and Janus's to decide; the page only shows it.
(function () {
  'use strict';
  var panel = document.getElementById('audio');
  if (!panel || !window.RTCPeerConnection || !navigator.mediaDevices) { return; }
  var api = panel.dataset.audioApi;
  // The part says what this person's microphone does in the room: reporter (until their line opens), moderator and
  // official (speak), listener (staff who only listen, so no microphone is asked for).
  var part = panel.dataset.part;
  var staff = part !== 'reporter';
  var speaksAlways = part === 'official';
  var join = byId('audio-join'), leave = byId('audio-leave'), stateLine = byId('audio-state');
  var out = byId('audio-out'), levelBox = byId('audio-level-box'), level = byId('audio-level');
  var place = byId('place'); // the reporter's place in line, which live.js keeps current from the live feed
  // Shown in place of "Raise hand" while this reporter listens without a microphone (ReporterBriefing.razor).
  var ask = byId('ask-microphone'), allow = byId('allow-microphone'), allowState = byId('allow-microphone-state');
  var pc = null, microphone = null, meter = null, muted = true, wasOpen = false, dropTimer = 0, retryTimer = 0, leaving = false;
  var attempts = 0, listenOnly = part === 'listener', noMicrophone = '', upgrading = false, allowing = false;

  function byId(id) { return document.getElementById(id); }

  var sentences = {
    out: 'You are not in the call\u2019s audio.',
    asking: staff ? 'Asking for your microphone, so that you can speak in the call\u2026' : 'Asking for your microphone, so that the operator can open your line for your question\u2026',
    connecting: 'Connecting to the call\u2019s audio\u2026',
    listening: 'Listening. Your microphone is muted until the operator opens your line.',
    // The place in line says "Your line is open — speak now." in large type just below; this says what the room does.
    open: 'Your microphone is live: everyone in the call hears you.',
    closed: 'Line closed. You are listening again.',
    speaking: part === 'official' ? 'You are live \u2014 everyone admitted to the call hears you.' : 'You are in the call\u2019s audio: everyone in it hears you.',
    // Only the moderator's own "mute all but the official" silences the moderator; no control mutes the official.
    silenced: 'You are in the call\u2019s audio, muted: staff are muted so that only the official is heard. \u201cLet staff speak\u201d gives you your voice back.',
    heard: 'Listening. Only the official, the moderator and a reporter whose line is open are heard; your microphone is not used.',
    reconnecting: 'The audio connection dropped; joining again\u2026',
    ended: 'The call has ended, and its audio with it.'
  };

  // One place that shows the state: the line (announced politely), the buttons, and the meter while others hear you.
  function show(state, text) {
    stateLine.dataset.state = state;
    stateLine.textContent = text || sentences[state];
    var inCall = pc !== null || state === 'reconnecting'; // while it joins again, Leave stops the tries
    var focused = document.activeElement;
    join.hidden = inCall;
    // Busy, not disabled: a disabled button would drop the keyboard's focus to <body>.
    join.setAttribute('aria-disabled', state === 'asking' || state === 'connecting' ? 'true' : 'false');
    leave.hidden = !inCall;
    // The button pressed went away under the keyboard: the focus moves to the one that took its place, never to <body>.
    if (focused === join && join.hidden) { leave.focus(); }
    if (focused === leave && leave.hidden) { join.focus(); }
    var heard = inCall && (state === 'open' || state === 'speaking');
    levelBox.hidden = !heard;
    if (heard) { startMeter(); } else { stopMeter(); }
    showAsking((inCall || upgrading) && listenOnly && !staff);
  }

  // In the audio without a microphone, a raised hand would get a line that carries nothing (the server refuses it
  // too): the Questions box offers the microphone instead. Out of the audio the queue works as it does without audio.
  function showAsking(needed) {
    if (!ask) { return; }
    var focused = document.activeElement === allow;
    if (needed) { document.body.dataset.microphone = 'none'; } else { delete document.body.dataset.microphone; }
    ask.hidden = !needed;
    allow.setAttribute('aria-disabled', upgrading || allowing ? 'true' : 'false');
    if (!needed) { allowState.textContent = ''; }
    // The microphone came: the focus goes on to the hand it can now raise, or the withdraw while the hand is up.
    if (focused && !needed) {
      var next = ['#raise button', '#withdraw button', '#place'].map(function (q) { return document.querySelector(q); })
        .filter(function (e) { return e && e.getClientRects().length > 0; })[0];
      if (next) { if (next.id === 'place') { next.tabIndex = -1; } next.focus(); }
    }
  }

  function lineState() {
    if (listenOnly) { return staff ? 'heard' : 'listen-only'; }
    if (speaksAlways) { return 'speaking'; }
    if (staff) { return muted ? 'silenced' : 'speaking'; }
    if (!muted) { return 'open'; }
    return wasOpen ? 'closed' : 'listening';
  }

  // Without a microphone the line cannot open, and the reporter is told so at once, above all when it is their turn.
  function showLine() {
    var state = lineState();
    if (state !== 'listen-only') { show(state); return; }
    show(state, (!muted ? 'The operator opened your line, but nobody can hear you: ' : 'Listening only: ') + noMicrophone +
      (ask ? ' To ask a question, choose \u201cAllow microphone\u201d under Questions.'
        : ' Your line cannot open until you allow the microphone for this site and choose \u201cLeave audio\u201d, then \u201cJoin audio\u201d.'));
  }

  // Reporters: the line follows the live feed's line events, as the place in line shows them.
  function followLine() {
    if (staff || !place || !pc) { return; }
    var open = place.dataset.state === 'open';
    if (open === !muted) { return; }
    if (!open) { wasOpen = true; }
    muted = !open;
    showLine();
  }

  function gathered(connection) {
    return new Promise(function (resolve) {
      if (connection.iceGatheringState === 'complete') { resolve(); return; }
      connection.addEventListener('icegatheringstatechange', function () { if (connection.iceGatheringState === 'complete') { resolve(); } });
    });
  }

  // A refusal (not admitted, removed, the call over) is final; "no audio now" (503) passes when the media server is back.
  function problem(response) {
    return response.json().catch(function () { return {}; }).then(function (p) {
      var error = new Error(p.detail || p.title || 'Joining the audio did not work (' + response.status + ').');
      error.refused = response.status !== 503;
      error.status = response.status;
      throw error;
    });
  }

  // The microphone, or null to listen only: staff who only listen are never asked, and a reporter who refuses or has
  // none still hears the call.
  var wanted = { audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true } };
  function askMicrophone() {
    if (microphone || listenOnly) { return Promise.resolve(microphone); }
    show('asking');
    return navigator.mediaDevices.getUserMedia(wanted)
      .then(function (stream) { microphone = stream; return stream; }, function (error) {
        if (staff || (error.name !== 'NotAllowedError' && error.name !== 'NotFoundError')) { throw error; }
        listenOnly = true;
        noMicrophone = error.name === 'NotAllowedError' ? 'the browser did not give your microphone.' : 'this device has no microphone.';
        return null;
      });
  }

  // No ICE servers: candidates are the machine's own addresses (loopback on test machines; see docs/operations.md).
  function connect() {
    return askMicrophone().then(function (stream) {
      show(attempts > 0 ? 'reconnecting' : 'connecting');
      pc = new RTCPeerConnection({ iceServers: [] });
      var mine = pc;
      if (stream) { stream.getAudioTracks().forEach(function (track) { mine.addTrack(track, stream); }); }
      else { mine.addTransceiver('audio', { direction: 'recvonly' }); }
      mine.ontrack = function (event) { out.srcObject = event.streams[0] || new MediaStream([event.track]); out.play().catch(function () { }); };
      mine.onconnectionstatechange = function () { if (mine === pc) { connectionChanged(mine.connectionState); } };
      return mine.createOffer()
        .then(function (offer) { return mine.setLocalDescription(offer); })
        .then(function () { return gathered(mine); })
        .then(function () {
          return fetch(api, {
            method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify({ sdp: mine.localDescription.sdp })
          });
        })
        .then(function (response) { return response.ok ? response.json() : problem(response); })
        .then(function (answer) {
          if (mine !== pc) { return; } // left while the answer was on its way
          panel.dataset.participant = answer.participant;
          muted = answer.muted;
          if (microphone) { listenOnly = false; } // joined again with the microphone "Allow microphone" brought
          upgrading = false;
          return mine.setRemoteDescription({ type: 'answer', sdp: answer.sdp }).then(function () {
            if (!staff && place && place.dataset.state === 'open') { muted = false; }
            // "Reconnecting" stays until the media flows again; a first join says its state at once.
            if (attempts === 0) { showLine(); }
          });
        });
    });
  }

  function drop() {
    clearTimeout(dropTimer);
    if (pc) { pc.onconnectionstatechange = null; pc.close(); }
    pc = null;
    out.srcObject = null;
    delete panel.dataset.participant;
  }

  function stopMicrophone() {
    if (microphone) { microphone.getTracks().forEach(function (t) { t.stop(); }); }
    microphone = null;
  }

  function start() {
    leaving = false;
    clearTimeout(retryTimer);
    return connect().catch(function (error) {
      drop();
      if (leaving) { return; }
      if (error.refused) {
        upgrading = false;
        stopMicrophone();
        attempts = 0;
        show(error.status === 409 ? 'ended' : 'refused', error.status === 409 ? null : error.message);
        // Not allowed in (removed from the call): no Join button that could only be refused again.
        if (error.status === 403) { refusedForGood(); }
        return;
      }
      if (attempts > 0 || error.status === 503) { retry(); return; } // with the microphone, if it was just allowed
      upgrading = false;
      stopMicrophone();
      show('refused', error.name === 'NotAllowedError'
        ? 'The browser did not give the microphone, so you cannot join the audio. Allow the microphone for this site and choose \u201cJoin audio\u201d again.'
        : error.name === 'NotFoundError' ? 'This device has no microphone, so you cannot join the audio.'
        : 'Joining the audio did not work: ' + error.message);
    });
  }

  function refusedForGood() {
    var focused = document.activeElement === join;
    join.hidden = true;
    if (focused) { stateLine.tabIndex = -1; stateLine.focus(); }
  }

  // A dropped connection (the media server restarted, the network blinked) is joined again by itself, waiting 1, 2, 4 …
  // up to 15 seconds between tries, for as long as the call is live; a refusal ends the tries and says why.
  function retry() {
    var wait = Math.min(15000, 1000 * Math.pow(2, attempts));
    attempts += 1;
    show('reconnecting', 'The audio connection dropped; joining again in ' + Math.round(wait / 1000) + ' s (try ' + attempts + ')\u2026');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () { if (!leaving && document.body.dataset.phase === 'live') { start(); } }, wait);
  }

  function connectionChanged(state) {
    clearTimeout(dropTimer);
    if (state === 'connected') {
      if (attempts > 0) { attempts = 0; showLine(); }
      return;
    }
    if (state === 'disconnected') { dropTimer = setTimeout(function () { connectionChanged('failed'); }, 3000); }
    if ((state !== 'failed' && state !== 'closed') || leaving) { return; }
    drop();
    retry();
  }

  function stop(quietly) {
    leaving = true;
    upgrading = false;
    attempts = 0;
    clearTimeout(retryTimer);
    var was = pc !== null;
    drop();
    stopMicrophone();
    listenOnly = part === 'listener';
    if (was) { fetch(api, { method: 'DELETE', credentials: 'same-origin', keepalive: true }).catch(function () { }); }
    if (!quietly) { show('out'); }
  }

  // The meter: the microphone's loudness from an AnalyserNode, so the person sees they are heard while they may speak.
  function startMeter() {
    if (meter || !microphone) { return; }
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    var context = new Context();
    var analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(microphone).connect(analyser);
    var samples = new Float32Array(analyser.fftSize);
    meter = { context: context, frame: 0 };
    (function draw() {
      analyser.getFloatTimeDomainData(samples);
      var sum = 0;
      for (var i = 0; i < samples.length; i++) { sum += samples[i] * samples[i]; }
      // RMS on a decibel scale from -60 dB (empty) to 0 dB (full), which is how loudness looks right to people.
      var db = 10 * Math.log10(sum / samples.length || 1e-12);
      level.value = Math.max(0, Math.min(1, (db + 60) / 60));
      if (meter) { meter.frame = requestAnimationFrame(draw); }
    })();
  }

  function stopMeter() {
    if (!meter) { return; }
    cancelAnimationFrame(meter.frame);
    meter.context.close();
    meter = null;
    level.value = 0;
  }

  // "Allow microphone": the browser is asked again; given, the audio is joined again with it (the new join replaces
  // the listen-only one, muted until the operator opens the line); refused, the reporter is told where to allow it.
  function allowMicrophone() {
    if (allow.getAttribute('aria-disabled') === 'true') { return; }
    allowing = true;
    allow.setAttribute('aria-disabled', 'true');
    allowState.textContent = 'Asking the browser for your microphone\u2026';
    navigator.mediaDevices.getUserMedia(wanted).then(function (stream) {
      allowing = false;
      allow.setAttribute('aria-disabled', 'false');
      if (!pc || leaving || upgrading) { stream.getTracks().forEach(function (t) { t.stop(); }); allowState.textContent = ''; return; }
      microphone = stream;
      upgrading = true;
      allowState.textContent = 'Joining the audio again with your microphone\u2026';
      drop();
      attempts = 0;
      start();
    }, function (error) {
      allowing = false;
      allow.setAttribute('aria-disabled', 'false');
      allowState.textContent = error.name === 'NotFoundError'
        ? 'This device has no microphone. Connect one, then choose \u201cAllow microphone\u201d again.'
        : 'The browser still blocks the microphone for this site. Allow it in the site\u2019s settings (the icon at the left of the address bar, then Microphone: Allow; on a phone, the browser\u2019s Site settings), then choose \u201cAllow microphone\u201d again.';
    });
  }

  if (allow) { allow.addEventListener('click', allowMicrophone); }
  join.addEventListener('click', function () {
    if (join.getAttribute('aria-disabled') === 'true') { return; }
    attempts = 0;
    start();
  });
  leave.addEventListener('click', function () { stop(false); });
  // The control room hears of a mute it did not ask for (the moderator's "mute all") from the participant list.
  panel.addEventListener('audio-muted', function (event) {
    if (!pc || muted === event.detail) { return; }
    muted = event.detail;
    showLine();
  });
  if (place) { new MutationObserver(followLine).observe(place, { attributes: true, attributeFilter: ['data-state'] }); }
  // The room goes when the call ends: nothing more to hear.
  new MutationObserver(function () {
    var phase = document.body.dataset.phase;
    if (phase !== 'live' && (pc || microphone || retryTimer)) { stop(true); show('ended'); }
  }).observe(document.body, { attributes: true, attributeFilter: ['data-phase'] });
  window.addEventListener('pagehide', function () { if (pc) { stop(true); } });
  join.hidden = false;
  show('out');
})();
