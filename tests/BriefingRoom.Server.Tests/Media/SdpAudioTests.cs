using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>Reading from an SDP offer whether the person's microphone is in it: what staff are shown and the queue decides on.</summary>
public sealed class SdpAudioTests
{
    [Theory]
    [InlineData("sendrecv", true)]
    [InlineData("sendonly", true)]
    [InlineData("recvonly", false)]
    [InlineData("inactive", false)]
    public void The_audio_sections_direction_decides(string direction, bool sends) =>
        Assert.Equal(sends, SdpAudio.Sends(Offers.Audio(direction)));

    [Fact]
    public void A_section_without_a_direction_takes_the_sessions_and_else_sends()
    {
        Assert.True(SdpAudio.Sends("v=0\r\ns=-\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n"));
        Assert.False(SdpAudio.Sends("v=0\r\ns=-\r\na=recvonly\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n"));
        Assert.True(SdpAudio.Sends("v=0\r\ns=-\r\na=recvonly\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n"));
        Assert.True(SdpAudio.Sends("v=0\ns=-\nm=audio 9 RTP/AVP 0\na=sendonly\n")); // bare line feeds, as some clients write
    }

    [Fact]
    public void Only_an_audio_section_that_is_not_turned_down_counts()
    {
        Assert.False(SdpAudio.Sends("v=0\r\nm=audio 0 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n")); // port 0: rejected
        Assert.False(SdpAudio.Sends("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=sendrecv\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\n"));
        Assert.True(SdpAudio.Sends("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an offer")]
    [InlineData("m=\r\na=sendrecv")]
    [InlineData("m=audio\r\na=sendrecv")]
    [InlineData("a=sendrecv")]
    public void What_is_no_offer_sends_nothing(string? sdp) => Assert.False(SdpAudio.Sends(sdp));

    // Cut, spliced and garbled offers (a fixed seed, so a failure repeats): an answer every time, never an exception.
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
            _ = SdpAudio.Sends(text);
        }
        Assert.True(SdpAudio.Sends(offer));
    }
}
