using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>Reading an SDP offer: whether the person's microphone is in it (what staff are shown and the queue decides on), and whether it is an audio offer at all.</summary>
public sealed class AudioOfferTests
{
    [Theory]
    [InlineData("sendrecv", true)]
    [InlineData("sendonly", true)]
    [InlineData("recvonly", false)]
    [InlineData("inactive", false)]
    public void The_audio_sections_direction_decides(string direction, bool sends) =>
        Assert.Equal(sends, AudioOffer.Sends(Offers.Audio(direction)));

    [Fact]
    public void A_section_without_a_direction_takes_the_sessions_and_else_sends()
    {
        Assert.True(AudioOffer.Sends("v=0\r\ns=-\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n"));
        Assert.False(AudioOffer.Sends("v=0\r\ns=-\r\na=recvonly\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n"));
        Assert.True(AudioOffer.Sends("v=0\r\ns=-\r\na=recvonly\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n"));
        Assert.True(AudioOffer.Sends("v=0\ns=-\nm=audio 9 RTP/AVP 0\na=sendonly\n")); // bare line feeds, as some clients write
    }

    [Fact]
    public void Only_an_audio_section_that_is_not_turned_down_counts()
    {
        Assert.False(AudioOffer.Sends("v=0\r\nm=audio 0 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n")); // port 0: rejected
        Assert.False(AudioOffer.Sends("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=sendrecv\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\n"));
        Assert.True(AudioOffer.Sends("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an offer")]
    [InlineData("m=\r\na=sendrecv")]
    [InlineData("m=audio\r\na=sendrecv")]
    [InlineData("a=sendrecv")]
    public void What_is_no_offer_sends_nothing(string? sdp) => Assert.False(AudioOffer.Sends(sdp));

    [Fact]
    public void A_browsers_offer_passes_and_one_without_candidates_too()
    {
        Assert.Null(AudioOffer.Problem(Offers.Audio()));
        // aiortc's, gathered on no loopback address: Janus learns its address from the checks, so it is no refusal.
        Assert.Null(AudioOffer.Problem(string.Join("\r\n", Offers.Audio().Split("\r\n").Where(l => !l.StartsWith("a=candidate:", StringComparison.Ordinal)))));
    }

    // Cut, spliced and garbled offers (a fixed seed, so a failure repeats): an answer every time, never an exception;
    // whatever Problem lets through is still an offer with audio.
    [Fact]
    public void Mangled_offers_get_an_answer_and_no_exception()
    {
        var random = new Random(13);
        var offer = Offers.Audio();
        string[] pieces = ["\r\n", "\n", "m=", "m=audio ", " 0 ", "a=sendrecv", "a=recvonly", "\0", " ", "=", "m=audio 9"];
        for (var i = 0; i < 5000; i++)
        {
            var text = offer;
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(3) switch
                {
                    0 => text[..at],
                    1 => text.Insert(at, pieces[random.Next(pieces.Length)]),
                    _ => text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at)),
                };
            }
            _ = AudioOffer.Sends(text);
            if (AudioOffer.Problem(text) is null)
            {
                Assert.Contains("m=audio ", text, StringComparison.Ordinal);
            }
        }
        Assert.Null(AudioOffer.Problem(offer));
        Assert.True(AudioOffer.Sends(offer));
    }
}
