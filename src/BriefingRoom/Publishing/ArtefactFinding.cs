using BriefingRoom.Protection;

namespace BriefingRoom.Publishing;

/// <summary>A leak-check finding in one artefact of a public record; <see cref="Artefact"/> is one of <see cref="Artefacts"/>.</summary>
public sealed record ArtefactFinding(string Artefact, LeakFinding Finding)
{
    /// <summary>One line for the publisher: <c>index.html:12:5: leak: "Jane" matches Jane of SENIOR ADMINISTRATION OFFICIAL</c>.</summary>
    public override string ToString() => Finding.Describe(Artefact);
}

/// <summary>The names findings give for each artefact a public record is made of.</summary>
public static class Artefacts
{
    public const string Title = "title";
    public const string Path = "path";
    public const string Markdown = PublicPaths.MarkdownFile;
    public const string Json = PublicPaths.JsonFile;
    public const string Page = PublicPaths.PageFile;
    public const string FeedSummary = "feed summary";
}
