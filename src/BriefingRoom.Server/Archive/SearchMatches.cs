using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The paragraphs a search keeps after its filters: their number and counts by role, kind, attribution and year, the
/// newest <c>newest</c> of them, and all of them while they are few enough to rank (<see cref="ArchiveSearch.MostRanked"/>).
/// Half a million matches pass through here, so nothing is kept per match beyond that.
/// </summary>
internal sealed class SearchMatches(int names, int newest)
{
    /// <summary>The filters as the columns number them; a null code filters nothing, -1 (a name no row holds) everything.</summary>
    internal sealed record Filter(int FromDay, int ToDay, bool Dated, int? Kind, int? Attribution, int? Role);

    private readonly int[] _roles = new int[names];
    private readonly int[] _kinds = new int[names];
    private readonly int[] _attributions = new int[names];
    private readonly Dictionary<int, int> _years = [];

    // The best so far, newest transcript first, as a heap whose top is the worst of them: log(newest) a match.
    private readonly PriorityQueue<long, (int Day, int Document, int Turn, int Number)> _newest = new(newest);

    public int Count { get; private set; }

    /// <summary>Every kept paragraph, while there are at most <see cref="ArchiveSearch.MostRanked"/>; then no longer kept.</summary>
    public List<long> Ranked { get; } = [];

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
        if (++Count <= ArchiveSearch.MostRanked)
        {
            Ranked.Add(id);
        }
        var key = (day, document, -s.Turn[id], -s.Number[id]);
        if (_newest.Count < newest)
        {
            _newest.Enqueue(id, key);
        }
        else if (_newest.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
        {
            // Most matches are older than the page's worst once it is full: one comparison, no heap work.
            _newest.EnqueueDequeue(id, key);
        }
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

    /// <summary>The newest kept paragraphs, newest transcript first, each transcript's in reading order.</summary>
    public long[] Newest()
    {
        var newest = new long[_newest.Count];
        for (var i = newest.Length - 1; i >= 0; i--)
        {
            newest[i] = _newest.Dequeue();
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
