using System.Globalization;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.AkomaNtoso;

/// <summary>
/// The <c>TLCPerson</c> and <c>TLCRole</c> identifiers of a transcript: one person per distinct label (eId from the
/// label, made unique) and one role per role that speaks, so speeches can point at them with <c>by</c> and <c>as</c>.
/// </summary>
internal sealed class AknReferences
{
    private readonly Dictionary<string, string> _personIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { AkomaNtosoWriter.SourceId, AkomaNtosoWriter.DatelineId };

    public AknReferences(IEnumerable<Turn> turns)
    {
        foreach (var turn in turns)
        {
            if (!Roles.Contains(turn.Role))
            {
                Roles.Add(turn.Role);
                _taken.Add(RoleId(turn.Role));
            }
        }
        foreach (var turn in turns)
        {
            if (!_personIds.ContainsKey(turn.Speaker))
            {
                var id = Unique(Slug.Of(turn.Speaker));
                _personIds.Add(turn.Speaker, id);
                Persons.Add((turn.Speaker, id));
            }
        }
    }

    /// <summary>Each distinct label as printed, with its eId, in order of first appearance.</summary>
    public List<(string Label, string Id)> Persons { get; } = [];

    public List<SpeakerRole> Roles { get; } = [];

    public string PersonId(string label) => _personIds[label];

    public static string RoleId(SpeakerRole role) => "role-" + WireNames.Of(role);

    private string Unique(string slug)
    {
        // An eId must start with a letter; labels such as "#2" slug to digits or nothing.
        var id = slug.Length > 0 && char.IsAsciiLetter(slug[0]) ? slug : "speaker-" + slug;
        id = id.TrimEnd('-');
        var candidate = id;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
        return candidate;
    }
}
