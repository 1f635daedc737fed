namespace BriefingRoom.Server.Archive;

/// <summary>
/// A write-only stream that holds synchronous writes in memory and passes them on at <see cref="FlushAsync(CancellationToken)"/>:
/// zip entries still write synchronously when closed, and a response body takes only asynchronous writes.
/// Held bytes never exceed what is written between two flushes (one compressed transcript).
/// </summary>
public sealed class HeldWritesStream(Stream destination) : Stream
{
    private readonly MemoryStream _held = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _held.Write(buffer, offset, count);
        _written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _held.Write(buffer);
        _written += buffer.Length;
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_held.Length > 0)
        {
            await destination.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), cancellationToken);
            _held.SetLength(0);
        }
        await destination.FlushAsync(cancellationToken);
    }

    // Only FlushAsync passes bytes on; a synchronous flush (ZipArchive calls one) keeps holding them.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _held.Dispose();
        }
        base.Dispose(disposing);
    }
}
