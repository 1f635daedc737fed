using System.Globalization;

namespace BriefingRoom.Server.Media;

/// <summary>
/// The checks a browser's SDP offer passes before Briefing Room hands it to Janus: a WebRTC audio offer (SDP, RFC 8866)
/// of a sensible size, made once ICE gathering is complete. What fails is told in words with its line; Janus, which
/// would answer with its own error text, never sees it, and the person's place in the call is left as it was.
/// </summary>
public static class AudioOffer
{
    /// <summary>The longest offer taken, in characters: a browser's audio offer with every candidate is a few thousand.</summary>
    public const int MaxLength = 32 * 1024;

    /// <summary>Why <paramref name="sdp"/> is not an offer this call can answer; null when it is one.</summary>
    public static string? Problem(string? sdp)
    {
        if (string.IsNullOrWhiteSpace(sdp))
        {
            return "Send the browser's SDP offer, made once ICE gathering is complete.";
        }
        if (sdp.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The offer is {sdp.Length:N0} characters long; an audio offer is at most {MaxLength:N0}.");
        }
        var lines = sdp.Split('\n');
        if (lines[0].TrimEnd('\r') != "v=0")
        {
            return "This is not an SDP offer: its first line must be \"v=0\".";
        }
        var audio = false;
        var opus = false;
        var candidates = false;
        var (ufrag, password, fingerprint) = (false, false, false);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break; // the line break that ends the last line
            }
            if (line.Length < 2 || line[1] != '=' || line[0] is < 'a' or > 'z')
            {
                return string.Create(CultureInfo.InvariantCulture, $"Line {i + 1} of the offer is not an SDP line (a letter, '=' and a value).");
            }
            if (line.Any(c => char.IsControl(c) && c != '\t'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"Line {i + 1} of the offer holds a control character.");
            }
            audio |= line.StartsWith("m=audio ", StringComparison.Ordinal) && line.Contains("RTP/", StringComparison.Ordinal);
            opus |= line.StartsWith("a=rtpmap:", StringComparison.Ordinal) && line.Contains(" opus/48000", StringComparison.OrdinalIgnoreCase);
            candidates |= line.StartsWith("a=candidate:", StringComparison.Ordinal);
            ufrag |= line.StartsWith("a=ice-ufrag:", StringComparison.Ordinal);
            password |= line.StartsWith("a=ice-pwd:", StringComparison.Ordinal);
            fingerprint |= line.StartsWith("a=fingerprint:", StringComparison.Ordinal);
        }
        return (audio, opus, ufrag && password && fingerprint, candidates) switch
        {
            (false, _, _, _) => "The offer has no audio (no \"m=audio\" line with RTP): offer the microphone's audio, even to listen only.",
            (_, false, _, _) => "The offer has no Opus audio (no \"a=rtpmap:… opus/48000\"), the codec the call's audio uses; use a current browser.",
            (_, _, false, _) => "The offer is not a WebRTC offer: it lacks its ICE credentials (\"a=ice-ufrag\", \"a=ice-pwd\") or its DTLS \"a=fingerprint\".",
            (_, _, _, false) => "The offer has no ICE candidates: send it once ICE gathering is complete.",
            _ => null,
        };
    }
}
