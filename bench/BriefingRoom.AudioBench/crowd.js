// The benchmark's listening clients, all in one page: each is an RTCPeerConnection with one audio transceiver and no
// track to send (a listener's line is closed: nothing to encode) that plays what the room sends it into an AnalyserNode of its own. Its offer
// and answer go through the benchmark, which posts them to /api/briefings/{id}/audio as that client's reporter.
// Installed by page.evaluate; never served.
({ fftSize }) => {
  if (window.briefingCrowd) { return 'installed'; }
  const context = new AudioContext({ sampleRate: 48000 });
  const clients = [];
  // Gathering on this busy machine sometimes never completes (twice, at the 14th and 33rd client): after 2 s the offer
  // goes with the candidates it has, the loopback one among them.
  const gathered = pc => new Promise(resolve => {
    if (pc.iceGatheringState === 'complete') { resolve(); return; }
    setTimeout(resolve, 2000);
    pc.addEventListener('icegatheringstatechange', () => { if (pc.iceGatheringState === 'complete') { resolve(); } });
  });
  window.briefingCrowd = {
    async offer() {
      const pc = new RTCPeerConnection({ iceServers: [] });
      pc.addTransceiver('audio', { direction: 'sendrecv' });
      const client = { pc, analyser: context.createAnalyser(), element: new Audio() };
      client.analyser.fftSize = fftSize;
      client.analyser.smoothingTimeConstant = 0;
      pc.ontrack = event => {
        const stream = event.streams[0] || new MediaStream([event.track]);
        // Chromium feeds a remote track to WebAudio only while a media element plays it; muted, so nothing is output twice.
        client.element.muted = true;
        client.element.srcObject = stream;
        client.element.play().catch(() => { });
        context.createMediaStreamSource(stream).connect(client.analyser);
      };
      const index = clients.push(client) - 1; // taken now: other offers run while this one gathers
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      return { index, sdp: pc.localDescription.sdp };
    },
    async answer(index, sdp) { await clients[index].pc.setRemoteDescription({ type: 'answer', sdp }); },
    states() { return clients.map(c => c.pc.connectionState); },
    // The loudest bin near `hertz` for each client over `milliseconds`, in dBFS.
    async hearing(hertz, milliseconds) {
      await context.resume();
      const bins = new Float32Array(fftSize / 2);
      const centre = Math.round(hertz * fftSize / context.sampleRate);
      const peaks = clients.map(() => -Infinity);
      const end = performance.now() + milliseconds;
      while (performance.now() < end) {
        await new Promise(r => setTimeout(r, 50));
        clients.forEach((c, i) => {
          c.analyser.getFloatFrequencyData(bins);
          for (let b = centre - 2; b <= centre + 2; b++) { peaks[i] = Math.max(peaks[i], bins[b]); }
        });
      }
      return peaks.map(p => Number.isFinite(p) ? p : -200);
    },
    close() { clients.forEach(c => c.pc.close()); }
  };
  return 'installed';
}
