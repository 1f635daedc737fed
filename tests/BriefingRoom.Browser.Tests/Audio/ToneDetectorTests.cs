using BriefingRoom.TestSupport;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>
/// The audio tests' ear, checked without Janus: a microphone fed a 880 Hz file, sent over a loopback peer connection
/// inside one page, is heard as 880 Hz and as neither of the other tones. If this fails, the audio tests prove nothing.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class ToneDetectorTests(Chromium chromium, Xunit.Abstractions.ITestOutputHelper output)
{
    // Two peer connections in one page, with no ICE servers, exchanging their full offers and answers.
    const string Loopback = """
        async () => {
          const microphone = await navigator.mediaDevices.getUserMedia({ audio: true });
          const a = new RTCPeerConnection({ iceServers: [] }), b = new RTCPeerConnection({ iceServers: [] });
          microphone.getTracks().forEach(t => a.addTrack(t, microphone));
          const out = document.createElement('audio');
          out.id = 'heard';
          out.autoplay = true;
          document.body.appendChild(out);
          b.ontrack = e => { out.srcObject = e.streams[0]; };
          const gathered = pc => new Promise(r => { if (pc.iceGatheringState === 'complete') { r(); } else { pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && r()); } });
          await a.setLocalDescription(await a.createOffer()); await gathered(a);
          await b.setRemoteDescription(a.localDescription);
          await b.setLocalDescription(await b.createAnswer()); await gathered(b);
          await a.setRemoteDescription(b.localDescription);
          return a.localDescription.sdp.split('\r\n').filter(l => l.startsWith('a=candidate')).join('\n');
        }
        """;

    [SkippableFact(Timeout = 60_000)]
    public async Task A_tone_sent_over_a_loopback_peer_connection_is_heard_and_the_others_are_not()
    {
        Requires.Chromium();
        var wav = ToneWav.Write(Tones.ReporterA);
        try
        {
            await using var browser = await chromium.LaunchWithMicrophoneAsync(wav);
            var page = await browser.NewPageAsync();
            // localhost is a secure context, which the microphone needs; no server is involved.
            await page.RouteAsync("http://localhost/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!DOCTYPE html><title>ear</title><body></body>" }));
            await page.GotoAsync("http://localhost/");
            var candidates = await page.EvaluateAsync<string>(Loopback);
            Assert.Contains("127.0.0.1", candidates, StringComparison.Ordinal); // a loopback host candidate, not an mDNS name
            var heard = await Tones.UntilAsync(page, "#heard", "the loopback tone arriving", (Tones.ReporterA, true), (Tones.Official, false), (Tones.ReporterB, false));
            output.WriteLine("heard: " + heard);
            Assert.True(heard.Peaks[Tones.ReporterA] - heard.Peaks[Tones.Official] > 30, $"the tone stands out from the others' bins: {heard}");
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
