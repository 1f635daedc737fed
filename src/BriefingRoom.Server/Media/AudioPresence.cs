using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace BriefingRoom.Server.Media;

/// <summary>
/// One person connected to a call's audio as staff see them: who, in which part, whether muted or talking now, and
/// whether their browser sends a microphone at all (false: they listen only, and an open line would carry nothing).
/// </summary>
public sealed record AudioPresent(long Participant, string Key, string Display, AudioPart Part, bool Muted, bool Talking, bool Microphone);

/// <summary>
/// Who is in each call's audio room now, from the joins Briefing Room made and the events Janus sent it since.
/// <see cref="Changed"/> is raised (outside any lock) with the briefing whenever someone joins, leaves, is muted or
/// unmuted, or starts or stops talking.
/// </summary>
public sealed class AudioPresence
{
    private readonly ConcurrentDictionary<long, ImmutableDictionary<long, AudioPresent>> _rooms = new();

    public event Action<long>? Changed;

    /// <summary>Everyone in the briefing's room, by part (official, staff, reporters) and name.</summary>
    public IReadOnlyList<AudioPresent> In(long briefing) =>
        _rooms.TryGetValue(briefing, out var room)
            ? [.. room.Values.OrderBy(p => p.Part).ThenBy(p => p.Display, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal)]
            : [];

    public AudioPresent? Of(long briefing, long participant) =>
        _rooms.TryGetValue(briefing, out var room) ? room.GetValueOrDefault(participant) : null;

    /// <summary>The reporter is in the call's audio now without a microphone; false when they are not in it at all.</summary>
    public bool ListensOnly(long briefing, string reporterId) =>
        Of(briefing, AudioParticipant.Reporter(briefing, reporterId).Id) is { Microphone: false };

    public void Joined(long briefing, AudioPresent present) =>
        Change(briefing, room => room.SetItem(present.Participant, present));

    public void Left(long briefing, long participant) => Change(briefing, room => room.Remove(participant));

    public void Muted(long briefing, long participant, bool muted) =>
        Change(briefing, room => room.TryGetValue(participant, out var p) ? room.SetItem(participant, p with { Muted = muted, Talking = p.Talking && !muted }) : room);

    public void Talking(long briefing, long participant, bool talking) =>
        Change(briefing, room => room.TryGetValue(participant, out var p) ? room.SetItem(participant, p with { Talking = talking }) : room);

    /// <summary>Nobody is in the briefing's room any more (its call ended, or the media server went away).</summary>
    public void Cleared(long briefing)
    {
        if (_rooms.TryRemove(briefing, out var room) && !room.IsEmpty)
        {
            Changed?.Invoke(briefing);
        }
    }

    /// <summary>Nobody is in any room: the media server that held them is gone.</summary>
    public void ClearedAll()
    {
        foreach (var briefing in _rooms.Keys)
        {
            Cleared(briefing);
        }
    }

    private void Change(long briefing, Func<ImmutableDictionary<long, AudioPresent>, ImmutableDictionary<long, AudioPresent>> change)
    {
        while (true)
        {
            var before = _rooms.GetOrAdd(briefing, ImmutableDictionary<long, AudioPresent>.Empty);
            var after = change(before);
            if (ReferenceEquals(before, after))
            {
                return;
            }
            if (_rooms.TryUpdate(briefing, after, before))
            {
                Changed?.Invoke(briefing);
                return;
            }
        }
    }
}
