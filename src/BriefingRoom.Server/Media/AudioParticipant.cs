using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingRoom.Server.Media;

/// <summary>What a person does in a call's audio: the official and staff speak, reporters listen until the operator opens their line.</summary>
public enum AudioPart
{
    Official,
    Staff,
    Reporter,
}

/// <summary>
/// One person in a briefing's AudioBridge room. <see cref="Key"/> names them in Briefing Room ("reporter:42",
/// "staff:7", "official:sao1"); <see cref="Id"/> is the number Janus knows them by, the same in every process and after
/// any restart, so lines can be reconciled from the log without asking anyone to rejoin.
/// </summary>
public sealed record AudioParticipant(long Briefing, AudioPart Part, string Person)
{
    public string Key => Part switch
    {
        AudioPart.Official => "official:" + Person,
        AudioPart.Staff => "staff:" + Person,
        _ => "reporter:" + Person,
    };

    /// <summary>Janus's participant id: 52 bits of a hash of briefing and key, so it stays exact in a browser's JavaScript number.</summary>
    public long Id => IdOf(Briefing, Key);

    /// <summary>The reporter's participant for a reporter id as the log holds it (<c>TurnStarted.ReporterId</c>, <c>QueueEntry.ReporterId</c>).</summary>
    public static AudioParticipant Reporter(long briefing, string reporterId) => new(briefing, AudioPart.Reporter, reporterId);

    public static long IdOf(long briefing, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{briefing}/{key}")));
        // Janus treats 0 as "pick one for me"; never hand it out.
        return Math.Max(1, (long)(BitConverter.ToUInt64(hash, 0) & ((1UL << 52) - 1)));
    }
}
