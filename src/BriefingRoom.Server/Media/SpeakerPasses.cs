using System.Globalization;
using System.Security.Cryptography;
using BriefingRoom.Briefings;
using Microsoft.AspNetCore.DataProtection;

namespace BriefingRoom.Server.Media;

/// <summary>
/// The capability a plan speaker, who has no account, joins a call's audio with: staff hand them a link carrying a pass
/// that names the briefing and the speaker key, sealed with the server's data protection keys (kept in the database, so
/// it survives restarts). It admits only while the call is live, so it is dead once the call concludes.
/// </summary>
public sealed class SpeakerPasses(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("BriefingRoom.Media.SpeakerPass.v1");

    public string For(long briefing, string speakerKey) => _protector.Protect(Subject(briefing, speakerKey));

    /// <summary>The page address staff give the speaker: the audio page of the briefing with key and pass.</summary>
    public string LinkFor(long briefing, string speakerKey) =>
        string.Create(CultureInfo.InvariantCulture, $"/briefings/{briefing}/speak?speaker={Uri.EscapeDataString(speakerKey)}&pass={Uri.EscapeDataString(For(briefing, speakerKey))}");

    /// <summary>Whether the pass was made for this speaker of this briefing, and the speaker is in its plan.</summary>
    public bool Admits(long briefing, BriefingState state, string speakerKey, string pass)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Plan?.Speaker(speakerKey) is null)
        {
            return false;
        }
        try
        {
            return CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(_protector.Unprotect(pass)), System.Text.Encoding.UTF8.GetBytes(Subject(briefing, speakerKey)));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Subject(long briefing, string speakerKey) => string.Create(CultureInfo.InvariantCulture, $"{briefing}/{speakerKey}");
}
