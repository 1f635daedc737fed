namespace BriefingRoom.Server.Media;

/// <summary>
/// What an SDP offer says about the person's microphone: whether one of its audio sections sends (RFC 8866: the
/// section's direction attribute, else the session's, else sendrecv; port 0 is a section turned down). Never throws:
/// an offer it cannot read sends nothing.
/// </summary>
public static class SdpAudio
{
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
