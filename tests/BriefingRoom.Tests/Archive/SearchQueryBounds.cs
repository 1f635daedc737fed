using BriefingRoom.Archive.Search;

namespace BriefingRoom.Tests.Archive;

/// <summary>The longest hostile queries of each shape are parsed or refused with a column (their speed: HostileInputBenchmarks).</summary>
public sealed class SearchQueryBounds
{
    public static TheoryData<string> Hostile() =>
    [
        new string('(', 1000),
        new string(')', 1000),
        new string('"', 1000),
        new string('"', 999),
        new string('*', 1000),
        new string('-', 1000),
        string.Concat(Enumerable.Repeat("NOT ", 250)),
        string.Concat(Enumerable.Repeat("a OR ", 199)) + "a",
        string.Concat(Enumerable.Repeat("-a ", 333)) + "b",
        string.Concat(Enumerable.Repeat("(a ", 333)),
        string.Concat(Enumerable.Repeat("a.", 500)),
        string.Concat(Enumerable.Repeat("\ud800", 1000)),
        new string('a', 1_000_000),
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_query_is_parsed_or_refused_at_a_column(string text)
    {
        try
        {
            var query = SearchQuery.Parse(text);
            _ = (query.ToFts5(), query.ToTsQuery(), query.Terms());
        }
        catch (SearchQueryException e)
        {
            Assert.InRange(e.Column, 1, text.Length + 1);
        }
    }
}
