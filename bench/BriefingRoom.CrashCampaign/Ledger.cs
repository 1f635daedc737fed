using System.Text.Json;
using BriefingRoom.LoadTest;

namespace BriefingRoom.CrashCampaign;

/// <summary>
/// Every acknowledged command of a campaign, checked against the log as the staff stream replays it from the start:
/// each acknowledged event is at its seq (else lost, or reordered when it sits elsewhere), once (a paragraph's token
/// at two places is a duplicate), and one sender's seqs grow in the order the acks came back.
/// </summary>
public sealed class Ledger
{
    private readonly List<Ack> _acks = [];
    private readonly HashSet<Ack> _lost = [];
    private readonly HashSet<Ack> _duplicated = [];
    private readonly HashSet<Ack> _reordered = [];
    private readonly HashSet<int> _doubledUnacknowledged = [];

    public int Count
    {
        get
        {
            lock (_acks)
            {
                return _acks.Count;
            }
        }
    }

    public int Lost => _lost.Count;

    public int Duplicated => _duplicated.Count + _doubledUnacknowledged.Count;

    public int Reordered => _reordered.Count;

    public void Add(Ack ack)
    {
        lock (_acks)
        {
            _acks.Add(ack);
        }
    }

    /// <summary>Checks every ack of one briefing against its full replay; returns what was wrong, one line each.</summary>
    public IEnumerable<string> Check(long briefing, IReadOnlyList<SseEvent> replay, long lastSeq)
    {
        List<Ack> acks;
        lock (_acks)
        {
            acks = [.. _acks.Where(a => a.Briefing == briefing)];
        }
        var problems = new List<string>();
        var ids = replay.Select(e => e.Id).Distinct().ToList();
        if (!ids.SequenceEqual(Enumerable.Range(1, (int)lastSeq).Select(i => (long)i)))
        {
            problems.Add($"briefing {briefing}: the replay's ids are not 1..{lastSeq} once each in order ({ids.Count} distinct)");
        }
        var byId = replay.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.ToList());
        var added = AddedParagraphs(replay);
        foreach (var ack in acks)
        {
            if (!byId.TryGetValue(ack.Seq, out var at))
            {
                Mark(_lost, ack, problems, $"lost: {ack} is not in the log (last seq {lastSeq})");
            }
            else if (ack.Token >= 0)
            {
                var places = added.GetValueOrDefault(ack.Token) ?? [];
                if (places.Count == 0)
                {
                    Mark(_lost, ack, problems, $"lost: {ack}'s paragraph is nowhere in the log");
                }
                else if (places.Count > 1)
                {
                    Mark(_duplicated, ack, problems, $"duplicated: {ack}'s paragraph is at seqs {string.Join(", ", places)}");
                }
                else if (places[0] != ack.Seq)
                {
                    Mark(_reordered, ack, problems, $"reordered: {ack}'s paragraph is at seq {places[0]}");
                }
            }
            else if (!at.Any(e => e.Event == ack.Event))
            {
                Mark(_reordered, ack, problems, $"reordered: {ack} finds {string.Join("/", at.Select(e => e.Event))} at its seq");
            }
        }
        // A command whose answer the crash cut off may be in the log or not, but never twice.
        var acked = acks.Where(a => a.Token >= 0).Select(a => a.Token).ToHashSet();
        foreach (var (token, places) in added.Where(t => t.Value.Count > 1 && !acked.Contains(t.Key)))
        {
            if (_doubledUnacknowledged.Add(token))
            {
                problems.Add($"duplicated: the unacknowledged paragraph tok{token} is at seqs {string.Join(", ", places)}");
            }
        }
        foreach (var sender in acks.GroupBy(a => a.Sender))
        {
            foreach (var (before, after) in sender.Zip(sender.Skip(1)).Where(p => p.Second.Seq <= p.First.Seq))
            {
                Mark(_reordered, after, problems, $"reordered: {after} was acknowledged after {before}");
            }
        }
        return problems;
    }

    private static void Mark(HashSet<Ack> set, Ack ack, List<string> problems, string problem)
    {
        if (set.Add(ack))
        {
            problems.Add(problem);
        }
    }

    // A paragraph's first message is its addition; later ones for the same turn and number are its corrections.
    private static Dictionary<int, List<long>> AddedParagraphs(IReadOnlyList<SseEvent> replay)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new Dictionary<int, List<long>>();
        foreach (var message in replay.Where(e => e.Event == "paragraph" && e.Data is not null))
        {
            using var json = JsonDocument.Parse(message.Data!);
            var key = $"{json.RootElement.GetProperty("turn")}/{json.RootElement.GetProperty("paragraph")}";
            if (seen.Add(key) && message.Token >= 0)
            {
                if (!added.TryGetValue(message.Token, out var places))
                {
                    added[message.Token] = places = [];
                }
                places.Add(message.Id);
            }
        }
        return added;
    }
}
