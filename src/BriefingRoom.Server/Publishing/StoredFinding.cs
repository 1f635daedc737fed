using BriefingRoom.Publishing;

namespace BriefingRoom.Server.Publishing;

/// <summary>A finding that blocked publication, as stored for and shown to publishers: which artefact, where, what matched and whose identity.</summary>
public sealed record StoredFinding(string Artefact, int Line, int Column, string Matched, string Identifier, string Label, bool Blocks)
{
    public static StoredFinding From(ArtefactFinding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Artefact, f.Finding.Line, f.Finding.Column, f.Finding.Matched, f.Finding.Identifier, f.Finding.Label, f.Finding.Blocks);
    }

    public override string ToString() => $"{Artefact}:{Line}:{Column}: {(Blocks ? "leak" : "review")}: \"{Matched}\" matches {Identifier} of {Label}";
}
