using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>The paragraphs a search keeps after its filters, and their counts by role, kind, attribution and year.</summary>
internal sealed class SearchMatches(int names)
{
    /// <summary>The filters as the columns number them; a null code filters nothing, -1 (a name no row holds) everything.</summary>
    internal sealed record Filter(int FromDay, int ToDay, bool Dated, int? Kind, int? Attribution, int? Role);

    private readonly int[] _roles = new int[names];
    private readonly int[] _kinds = new int[names];
    private readonly int[] _attributions = new int[names];
    private readonly Dictionary<int, int> _years = [];

    public List<long> Kept { get; } = [];

    public void Consider(long id, SearchColumns.Snapshot s, Filter f)
    {
        // A paragraph newer than the columns (written while this search ran) is left to the next search.
        if (!s.Holds(id))
        {
            return;
        }
        var document = s.Document[id];
        var day = s.Day[document];
        if ((f.Dated && (day == SearchColumns.Snapshot.Undated || day < f.FromDay || day > f.ToDay))
            || (f.Kind is { } kind && s.Kind[document] != kind)
            || (f.Attribution is { } attribution && s.Attribution[document] != attribution)
            || (f.Role is { } role && s.Role[id] != role))
        {
            return;
        }
        Kept.Add(id);
        _roles[s.Role[id]]++;
        _kinds[s.Kind[document]]++;
        _attributions[s.Attribution[document]]++;
        var year = day == SearchColumns.Snapshot.Undated ? 0 : DateOnly.FromDayNumber(day).Year;
        _years[year] = _years.GetValueOrDefault(year) + 1;
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(SearchColumns.Snapshot s) => new Dictionary<string, IReadOnlyDictionary<string, int>>
    {
        ["role"] = Named(_roles, s),
        ["kind"] = Named(_kinds, s),
        ["attribution"] = Named(_attributions, s),
        ["year"] = new SortedDictionary<string, int>(
            _years.ToDictionary(y => y.Key == 0 ? "unknown" : y.Key.ToString("D4", CultureInfo.InvariantCulture), y => y.Value), StringComparer.Ordinal),
    };

    /// <summary>The first <paramref name="count"/> kept paragraphs newest transcript first, each transcript's in reading order.</summary>
    public IEnumerable<long> Newest(SearchColumns.Snapshot s, int count)
    {
        // A heap of the best so far whose top is the worst of them, so each further match costs log(count) at most.
        var best = new PriorityQueue<long, (int Day, long Document, int Turn, int Number)>(count + 1);
        foreach (var id in Kept)
        {
            var document = s.Document[id];
            best.Enqueue(id, (s.Day[document], s.DocumentId[document], -s.Turn[id], -s.Number[id]));
            if (best.Count > count)
            {
                best.Dequeue();
            }
        }
        var newest = new long[best.Count];
        for (var i = newest.Length - 1; i >= 0; i--)
        {
            newest[i] = best.Dequeue();
        }
        return newest;
    }

    private static SortedDictionary<string, int> Named(int[] counts, SearchColumns.Snapshot s)
    {
        var named = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var code = 0; code < counts.Length; code++)
        {
            if (counts[code] > 0)
            {
                named[s.Names[code]] = counts[code];
            }
        }
        return named;
    }
}
