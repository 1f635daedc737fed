using BriefingRoom.Archive.Search;
using BriefingRoom.Server.Archive;

namespace BriefingRoom.ArchiveBench;

/// <summary>One query of the benchmark: its class, the query text and the filters a reporter would set.</summary>
internal sealed record BenchQuery(string Class, string Text, DateOnly? From = null, DateOnly? To = null, string? Kind = null, string? Attribution = null, string? Role = null)
{
    /// <summary>
    /// The fixed query list, from the corpus generator's vocabulary (bench/BriefingRoom.Corpus/Wordlists.cs and its
    /// invented words): about one paragraph in four has "economy", one in a hundred "fentanyl", one in twenty thousand "bountortrel".
    /// </summary>
    public static readonly BenchQuery[] All =
    [
        new("term", "economy"),
        new("term", "fentanyl"),
        new("term", "bountortrel"),
        new("phrase", "\"strategic stability\""),
        new("phrase", "\"supply chain resilience\""),
        new("phrase", "\"on the margins of the summit\""),
        new("filtered", "\"strategic stability\"", new DateOnly(2009, 1, 20), new DateOnly(2017, 1, 19), Role: "official"),
        new("filtered", "sanctions", new DateOnly(2021, 1, 20), new DateOnly(2025, 1, 19), Role: "reporter"),
        new("faceted", "economy", Kind: "background-press-call", Attribution: "background"),
        new("faceted", "tariffs", Kind: "press-briefing", Attribution: "not-stated"),
        new("prefix", "sanction*"),
        new("prefix", "infra*"),
        new("boolean", "ceasefire OR hostages"),
        new("boolean", "(tariffs OR exports) -\"supply chains\""),
    ];

    public SearchRequest Request() => new(SearchQuery.Parse(Text), From, To, Kind, Attribution, Role);

    public string Describe() => string.Join(' ', new[]
    {
        Text,
        From is null ? null : $"from={From:yyyy-MM-dd}",
        To is null ? null : $"to={To:yyyy-MM-dd}",
        Kind is null ? null : "kind=" + Kind,
        Attribution is null ? null : "attribution=" + Attribution,
        Role is null ? null : "role=" + Role,
    }.Where(s => s is not null));
}
