// The stenographer's recording panel: plays the last seconds in the page, and keeps each turn's time in the recording
// beside it as the call goes on. Without this script the links play the slice in the browser, and a reload shows the times.
(function () {
  'use strict';
  var panel = document.querySelector('[data-recording]');
  if (!panel) { return; }
  var api = panel.dataset.recording;
  var player = document.getElementById('replay');

  panel.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-replay]');
    if (!link || !player) { return; }
    e.preventDefault();
    // A new address each time: the slice ends now, not when it was first fetched.
    player.src = link.getAttribute('href') + '&at=' + Date.now();
    player.play().catch(function () { /* the controls are there to press play */ });
  });

  function clock(seconds) {
    var s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    var mm = h > 0 ? String(m).padStart(2, '0') : String(m);
    return (h > 0 ? h + ':' : '') + mm + ':' + String(r).padStart(2, '0');
  }

  function refresh() {
    fetch(api + '/status', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (status) {
        if (!status || !status.recorded) { return; }
        var length = document.getElementById('recording-length');
        if (length) { length.textContent = clock(status.seconds); }
        status.turns.forEach(function (t) {
          var section = document.querySelector('#transcript [data-turn="' + CSS.escape(t.turn) + '"]');
          if (section) { section.dataset.offset = clock(t.offset); }
        });
      })
      .catch(function () { /* the next look tries again */ });
  }

  refresh();
  setInterval(refresh, 5000);
})();
