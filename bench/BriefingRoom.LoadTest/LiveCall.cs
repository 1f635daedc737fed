using System.Diagnostics;

namespace BriefingRoom.LoadTest;

/// <summary>Latencies of one live call, in milliseconds.</summary>
public sealed record LiveFigures(double ConnectSeconds, List<double> ParagraphPost, List<double> ParagraphDelivery,
    List<double> QueuePost, List<double> QueueOwnUpdate, double ConclusionToPublic, EventCheck Check);

/// <summary>
/// The call every reporter follows: N live streams, the stenographer appending paragraphs at a steady rate, reporters
/// raising and lowering hands, then the conclusion, with the public page polled until it is served.
/// </summary>
public sealed class LiveCall(LoadOffice office, LoadOptions options, Findings findings)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    public async Task<LiveFigures> RunAsync()
    {
        var title = $"Load test {office.Tag} live call with {options.Reporters} reporters";
        var id = await office.ScheduleAsync(title, admitReporters: true);
        await office.Moderator.PostAsync($"/api/briefings/{id}/open");

        var staff = new LiveConnection(office.Moderator);
        var streams = office.Reporters.Select(r => new LiveConnection(r)).ToList();
        var connecting = Stopwatch.GetTimestamp();
        await staff.ConnectAsync(id);
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (s, _) => await s.ConnectAsync(id));
        var connectSeconds = Stopwatch.GetElapsedTime(connecting).TotalSeconds;

        var turn = (await office.Stenographer.PostAsync($"/api/briefings/{id}/turns", new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        var (paragraphPost, paragraphAcks, lastParagraph) = await ParagraphsAsync(id, turn);
        await CaughtUpAsync([staff, .. streams], lastParagraph, "paragraphs");

        var (queuePost, queueActions, lastQueue) = await QueueAsync(id, streams);
        await CaughtUpAsync([staff, .. streams], lastQueue, "queue churn");

        var conclusion = await Publication.ConcludeAndPollAsync(office, id, title, findings);
        var published = await PublishedSeqAsync(staff);
        await CaughtUpAsync([staff, .. streams], published, "publication");

        await Task.WhenAll([staff.DisposeAsync().AsTask(), .. streams.Select(s => s.DisposeAsync().AsTask())]);
        var check = EventCheck.Run(staff, streams, findings);
        return new LiveFigures(connectSeconds, paragraphPost, Delivery(streams, paragraphAcks), queuePost, OwnUpdates(queueActions), conclusion, check);
    }

    // Open loop: each append is sent on schedule whether or not the previous one was acknowledged, as a stenographer types on.
    private async Task<(List<double> Post, long[] Acks, long LastSeq)> ParagraphsAsync(long id, int turn)
    {
        var acks = new long[options.Paragraphs];
        var post = new double[options.Paragraphs];
        long last = 0;
        var start = Stopwatch.GetTimestamp();
        var sends = new List<Task>();
        for (var i = 0; i < options.Paragraphs; i++)
        {
            await Until(start, i / options.ParagraphsPerSecond);
            var n = i;
            sends.Add(Task.Run(async () =>
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    var text = $"tok{n}. The official said, in paragraph {n} of these remarks, that the plan goes ahead as announced.";
                    var seq = (await office.Stenographer.PostAsync($"/api/briefings/{id}/turns/{turn}/paragraphs", new { text })).GetProperty("seq").GetInt64();
                    acks[n] = Stopwatch.GetTimestamp();
                    post[n] = Distribution.Ms(sent, acks[n]);
                    InterlockedMax(ref last, seq);
                }
                catch (HttpRequestException e)
                {
                    findings.Add($"paragraph {n}: {e.Message}");
                }
            }));
        }
        await Task.WhenAll(sends);
        return ([.. post.Where((_, n) => acks[n] != 0)], acks, last);
    }

    private sealed record QueueAction(LiveConnection Stream, bool Raise, long Sent, long Seq, string EntryId);

    // Raise, hold a while, withdraw; pairs start at a steady rate, round the reporters, so none passes 30 actions a minute.
    private async Task<(List<double> Post, List<QueueAction> Actions, long LastSeq)> QueueAsync(long id, List<LiveConnection> streams)
    {
        var rate = Math.Min(options.QueueActionsPerSecond, 0.4 * streams.Count); // 24 a minute per account at most
        var pairs = (int)(rate * options.QueueSeconds / 2);
        var hold = TimeSpan.FromSeconds(Math.Min(2, streams.Count / (rate / 2) / 2));
        var actions = new List<QueueAction>();
        var post = new List<double>();
        long last = 0;
        var start = Stopwatch.GetTimestamp();
        var running = new List<Task>();
        for (var k = 0; k < pairs; k++)
        {
            await Until(start, k / (rate / 2));
            var stream = streams[k % streams.Count];
            running.Add(Task.Run(async () =>
            {
                foreach (var raise in (bool[])[true, false])
                {
                    if (!raise)
                    {
                        await Task.Delay(hold);
                    }
                    var path = $"/api/briefings/{id}/queue";
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        var place = raise ? await stream.Person.PostAsync(path) : await stream.Person.DeleteAsync(path);
                        var acked = Stopwatch.GetTimestamp();
                        var seq = place.GetProperty("seq").GetInt64();
                        var entry = raise ? place.GetProperty("entryId").GetString()! : "";
                        lock (actions)
                        {
                            post.Add(Distribution.Ms(sent, acked));
                            actions.Add(new QueueAction(stream, raise, sent, seq, entry));
                        }
                        InterlockedMax(ref last, seq);
                    }
                    catch (HttpRequestException e)
                    {
                        findings.Add($"queue {(raise ? "raise" : "withdraw")}: {e.Message}");
                        return;
                    }
                }
            }));
        }
        await Task.WhenAll(running);
        // A withdrawal's answer has no entry id; the raise before it by the same reporter gave it.
        var entries = new Dictionary<LiveConnection, string>();
        var complete = new List<QueueAction>(actions.Count);
        foreach (var a in actions.OrderBy(a => a.Seq))
        {
            if (a.Raise)
            {
                entries[a.Stream] = a.EntryId;
            }
            complete.Add(a with { EntryId = entries.GetValueOrDefault(a.Stream, "") });
        }
        return (post, complete, last);
    }

    // Every (connection, paragraph) pair: from the append's acknowledgement to the message carrying its token.
    private static List<double> Delivery(List<LiveConnection> streams, long[] acks)
    {
        var latencies = new List<double>(streams.Count * acks.Length);
        foreach (var s in streams)
        {
            foreach (var e in s.Events.Where(e => e.Event == "paragraph" && e.Token >= 0 && acks[e.Token] != 0))
            {
                latencies.Add(Distribution.Ms(acks[e.Token], e.Seen));
            }
        }
        return latencies;
    }

    // From the reporter's click (request sent) to the queue message their own action made, on their own stream.
    private List<double> OwnUpdates(List<QueueAction> actions)
    {
        var latencies = new List<double>();
        foreach (var a in actions)
        {
            var seen = a.Stream.Events.FirstOrDefault(e => e.Id == a.Seq);
            var quoted = $"\"{a.EntryId}\"";
            if (seen is null || seen.Event != "queue" || seen.Data!.Contains(quoted, StringComparison.Ordinal) != a.Raise)
            {
                findings.Add($"{a.Stream.Person.Name}: queue update {a.Seq} ({(a.Raise ? "raise" : "withdraw")} {a.EntryId}) not seen as such: {seen?.Event} {seen?.Data}");
                continue;
            }
            latencies.Add(Distribution.Ms(a.Sent, seen.Seen));
        }
        return latencies;
    }

    // Waits until every stream has read up to `seq`; a stream that has not after Settle is reported, not waited for.
    private async Task CaughtUpAsync(List<LiveConnection> streams, long seq, string phase)
    {
        var until = Stopwatch.GetTimestamp() + (long)(Settle.TotalSeconds * Stopwatch.Frequency);
        while (streams.Any(s => s.LastId < seq && s.Failure is null) && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(20);
        }
        foreach (var s in streams.Where(s => s.LastId < seq))
        {
            findings.Add($"{s.Person.Name}: after {phase}, read up to {s.LastId} of {seq} within {Settle.TotalSeconds} s{(s.Failure is { } f ? $" ({f})" : "")}");
        }
    }

    private async Task<long> PublishedSeqAsync(LiveConnection staff)
    {
        var until = Stopwatch.GetTimestamp() + (long)(Settle.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            lock (staff.Events)
            {
                if (staff.Events.FindLast(e => e.Event == "published") is { } published)
                {
                    return published.Id;
                }
            }
            await Task.Delay(20);
        }
        findings.Add("the staff stream never showed the published event");
        return staff.LastId;
    }

    private static async Task Until(long start, double seconds)
    {
        var wait = TimeSpan.FromSeconds(seconds) - Stopwatch.GetElapsedTime(start);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
