// Which of the given tones arrive on a media element's stream: an AnalyserNode's FFT over a listening window, the
// loudest bin within a few bins of each tone, in dBFS. Run by the audio tests through page.evaluate; never served.
async ({ selector, tones, milliseconds }) => {
  const element = document.querySelector(selector);
  const stream = element && element.srcObject;
  if (!stream || stream.getAudioTracks().length === 0) { return { error: 'no audio stream on ' + selector }; }
  const context = new AudioContext({ sampleRate: 48000 });
  await context.resume();
  const analyser = context.createAnalyser();
  analyser.fftSize = 8192; // 5.9 Hz a bin at 48 kHz: the tones are 75, 150 and 225 bins apart
  analyser.smoothingTimeConstant = 0;
  context.createMediaStreamSource(stream).connect(analyser);
  const bins = new Float32Array(analyser.frequencyBinCount);
  const peaks = tones.map(() => -Infinity);
  const end = performance.now() + milliseconds;
  while (performance.now() < end) {
    await new Promise(r => setTimeout(r, 100));
    analyser.getFloatFrequencyData(bins);
    tones.forEach((hertz, i) => {
      const centre = Math.round(hertz * analyser.fftSize / context.sampleRate);
      for (let b = centre - 3; b <= centre + 3; b++) { peaks[i] = Math.max(peaks[i], bins[b]); }
    });
  }
  await context.close();
  // Silence (an ended track) is -Infinity, which JSON cannot carry: null, read back as silent.
  return { peaks: peaks.map(p => Number.isFinite(p) ? p : null), state: element.paused ? 'paused' : 'playing' };
}
