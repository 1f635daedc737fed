using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The paragraphs a search keeps after its filters: their number and counts by role, kind, attribution and year, the
/// newest <c>newest</c> of them, and all of them while they are few enough to rank (<see cref="ArchiveSearch.MostRanked"/>).
/// Half a million matches pass through here, so nothing is kept per match beyond that.
/// </summary>
internal sealed class SearchMatches(int names, int documents, int newest)
{
    /// <summary>The filters as the columns number them; a null code filters nothing, -1 (a name no row holds) everything.</summary>
    internal sealed record Filter(int FromDay, int ToDay, bool Dated, int? Kind, int? Attribution, int? Role);

    private readonly int[] _roles = new int[names];

    // Kept matches per document, and the documents that have any: kind, attribution and year are a document's, so they
    // are counted once per document when the facets are asked for, not once per match (half the time of a common word).
    private readonly int[] _perDocument = new int[documents];
    private readonly List<int> _documents = [];

    // The best so far, newest transcript first, as a heap whose top is the worst of them: log(newest) a match.
    private readonly PriorityQueue<long, (int Day, int Document, int Turn, int Number)> _newest = new(newest);

    // The day of the page's worst once it is full: most matches are older, and are passed over with one comparison.
    private int _worstDay = int.MinValue;

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
        if (_newest.Count < newest || day >= _worstDay)
        {
            Keep(id, (day, document, -s.Turn[id], -s.Number[id]));
        }
        _roles[s.Role[id]]++;
        if (_perDocument[document]++ == 0)
        {
            _documents.Add(document);
        }
    }

    private void Keep(long id, (int Day, int Document, int Turn, int Number) key)
    {
        if (_newest.Count < newest)
        {
            _newest.Enqueue(id, key);
        }
        else if (_newest.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
        {
            _newest.EnqueueDequeue(id, key);
        }
        if (_newest.Count == newest && _newest.TryPeek(out _, out var top))
        {
            _worstDay = top.Day;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(SearchColumns.Snapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (kinds, attributions, years) = (new int[_roles.Length], new int[_roles.Length], new Dictionary<int, int>());
        foreach (var document in _documents)
        {
            var count = _perDocument[document];
            kinds[s.Kind[document]] += count;
            attributions[s.Attribution[document]] += count;
            var day = s.Day[document];
            var year = day == SearchColumns.Snapshot.Undated ? 0 : DateOnly.FromDayNumber(day).Year;
            years[year] = years.GetValueOrDefault(year) + count;
        }
        return new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["role"] = Named(_roles, s),
            ["kind"] = Named(kinds, s),
            ["attribution"] = Named(attributions, s),
            ["year"] = new SortedDictionary<string, int>(
                years.ToDictionary(y => y.Key == 0 ? "unknown" : y.Key.ToString("D4", CultureInfo.InvariantCulture), y => y.Value), StringComparer.Ordinal),
        };
    }

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
