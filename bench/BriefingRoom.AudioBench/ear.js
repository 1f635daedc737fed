// The benchmark's ear in one listening page: every ~10 ms an AnalyserNode's FFT of the stream on a media element, and
// for each tone the moment (page clock, ms since the epoch) it became heard or silent. Installed by page.evaluate; never served.
({ selector, tones, threshold, fftSize, every, settle }) => {
  if (window.briefingEar) { return 'installed'; }
  const now = () => performance.timeOrigin + performance.now();
  const context = new AudioContext({ sampleRate: 48000 });
  const analyser = context.createAnalyser();
  analyser.fftSize = fftSize; // a short window, so that a tone's start or end shows within it
  analyser.smoothingTimeConstant = 0;
  const bins = new Float32Array(analyser.frequencyBinCount);
  const centres = tones.map(hertz => Math.round(hertz * fftSize / context.sampleRate));
  // Per tone: what it is taken to be, and the run of polls that disagree with it (a change counts after `settle` in a row).
  const state = tones.map(() => ({ heard: false, run: 0, first: 0 }));
  const ear = { events: [], clicks: [], gaps: [], trace: [], last: 0, stream: null, source: null };
  window.briefingEar = ear;
  document.addEventListener('click', e => { if (e.target.closest && e.target.closest('#audio-join')) { ear.clicks.push(now()); } }, true);
  function poll() {
    const t = now();
    if (ear.last) { ear.gaps.push(t - ear.last); }
    ear.last = t;
    const element = document.querySelector(selector);
    const stream = element && element.srcObject && element.srcObject.getAudioTracks().length > 0 ? element.srcObject : null;
    if (stream !== ear.stream) {
      if (ear.source) { ear.source.disconnect(); ear.source = null; }
      ear.stream = stream;
      if (stream) { ear.source = context.createMediaStreamSource(stream); ear.source.connect(analyser); }
    }
    if (stream) { analyser.getFloatFrequencyData(bins); }
    const peaks = tones.map((hertz, i) => {
      let peak = -Infinity;
      if (stream) { for (let b = centres[i] - 2; b <= centres[i] + 2; b++) { peak = Math.max(peak, bins[b]); } }
      return peak;
    });
    ear.trace.push([t, ...peaks]);
    tones.forEach((hertz, i) => {
      const peak = peaks[i];
      const heard = peak > threshold;
      const s = state[i];
      if (heard === s.heard) { s.run = 0; return; }
      if (s.run === 0) { s.first = t; }
      if (++s.run >= settle) { s.heard = heard; s.run = 0; ear.events.push({ tone: hertz, heard, t: s.first }); }
    });
  }
  context.resume().then(() => setInterval(poll, every));
  // The first moment at or after `after` that `tone` became `heard`, or null after `timeout` ms.
  ear.waitFor = (tone, heard, after, timeout) => new Promise(resolve => {
    const end = now() + timeout;
    (function check() {
      const hit = ear.events.find(e => e.tone === tone && e.heard === heard && e.t >= after);
      if (hit) { resolve(hit.t); } else if (now() > end) { resolve(null); } else { setTimeout(check, 5); }
    })();
  });
  // Each poll's moment and level (dBFS) of `tone` between `from` and `to`, for looking at how a change arrives.
  ear.levels = (tone, from, to) => ear.trace.filter(p => p[0] >= from && p[0] <= to).map(p => [p[0], Math.max(-200, p[1 + tones.indexOf(tone)])]);
  ear.isHeard = tone => state[tones.indexOf(tone)].heard;
  return 'installed';
}
