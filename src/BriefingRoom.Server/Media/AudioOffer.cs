using System.Globalization;

namespace BriefingRoom.Server.Media;

/// <summary>
/// What Briefing Room reads in a browser's SDP offer (RFC 8866) before Janus sees it: whether it is a WebRTC audio
/// offer of a sensible size (what fails is told in words with its line; Janus, which would answer with its own error
/// text, never sees it, and the person's place in the call is left as it was), and whether it brings a microphone.
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
            ufrag |= line.StartsWith("a=ice-ufrag:", StringComparison.Ordinal);
            password |= line.StartsWith("a=ice-pwd:", StringComparison.Ordinal);
            fingerprint |= line.StartsWith("a=fingerprint:", StringComparison.Ordinal);
        }
        // No candidate is no refusal: Janus learns such a client's address from its connectivity checks (peer-reflexive).
        return (audio, opus, ufrag && password && fingerprint) switch
        {
            (false, _, _) => "The offer has no audio (no \"m=audio\" line with RTP): offer the microphone's audio, even to listen only.",
            (_, false, _) => "The offer has no Opus audio (no \"a=rtpmap:… opus/48000\"), the codec the call's audio uses; use a current browser.",
            (_, _, false) => "The offer is not a WebRTC offer: it lacks its ICE credentials (\"a=ice-ufrag\", \"a=ice-pwd\") or its DTLS \"a=fingerprint\".",
            _ => null,
        };
    }

    /// <summary>
    /// Whether one of the offer's audio sections sends (the microphone): the section's direction attribute, else the
    /// session's, else sendrecv; port 0 is a section turned down. Never throws: an offer it cannot read sends nothing.
    /// </summary>
    public static bool Sends(string? sdp)
    {
        if (string.IsNullOrEmpty(sdp))
        {
            return false;
        }
        var sections = new List<(bool Audio, string? Direction)>();
        string? session = null;
        foreach (var raw in sdp.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("m=", StringComparison.Ordinal))
            {
                var fields = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                sections.Add((fields.Length > 1 && fields[0] == "audio" && fields[1] != "0", null));
            }
            else if (line is "a=sendrecv" or "a=sendonly" or "a=recvonly" or "a=inactive")
            {
                if (sections.Count == 0)
                {
                    session = line[2..]; // before the first m= line: the default for every section
                }
                else
                {
                    sections[^1] = sections[^1] with { Direction = line[2..] };
                }
            }
        }
        return sections.Any(s => s.Audio && (s.Direction ?? session ?? "sendrecv") is "sendrecv" or "sendonly");
    }
}
