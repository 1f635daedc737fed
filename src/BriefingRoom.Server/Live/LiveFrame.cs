namespace BriefingRoom.Server.Live;

/// <summary>
/// One logged event as each audience receives it: complete Server-Sent Events messages (<c>id:</c>, <c>event:</c>,
/// <c>data:</c>), serialised once when the event is appended and shared by every connection. Null where the
/// audience must not see the event at all.
/// </summary>
public sealed record LiveFrame(long Seq, byte[]? Staff, byte[]? Press)
{
    public byte[]? For(bool press) => press ? Press : Staff;

    /// <summary>The bytes for a frame already known to be in the audience's index (staff see every frame).</summary>
    internal byte[] Bytes(bool press) => For(press) ?? throw new InvalidOperationException($"frame {Seq} is not for this audience");
}
