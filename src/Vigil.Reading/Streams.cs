using System.IO.Compression;

namespace Vigil.Reading;

/// <summary>
/// The shared shape of the reader's stream wrappers: forward-only and read-only, owning the
/// stream they wrap. Subclasses implement <see cref="Read(Span{byte})"/> only.
/// </summary>
internal abstract class ReadOnlyStream(Stream? inner) : Stream
{
    /// <summary>The wrapped stream, for subclasses (which pass it here rather than keep their own copy).</summary>
    protected Stream Inner => inner ?? throw new InvalidOperationException("This stream wraps no other stream.");

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner?.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>
/// A read-only pass-through that refuses to deliver more than a limit, so a gzip bomb or a huge
/// file stops at the limit instead of being read to the end.
/// </summary>
internal sealed class LimitedStream(Stream inner, long limit, string reasonWhenExceeded) : ReadOnlyStream(inner)
{
    private long _delivered;
    private long _limit = limit;

    /// <summary>Delivers everything from here on: for input found to be read record by record, where each record has a limit of its own.</summary>
    public void Lift() => _limit = long.MaxValue;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        if (_delivered == _limit)
        {
            // Everything up to the limit has been delivered (and may have been used); only a byte
            // beyond it makes the input too large.
            Span<byte> probe = stackalloc byte[1];
            if (Inner.Read(probe) > 0)
                throw new ReadProblemException(reasonWhenExceeded);
            return 0;
        }
        if (buffer.Length > _limit - _delivered)
            buffer = buffer[..(int)(_limit - _delivered)];
        var n = Inner.Read(buffer);
        _delivered += n;
        return n;
    }

    public override long Position { get => _delivered; set => throw new NotSupportedException(); }
}

/// <summary>
/// A stream whose first bytes can be looked at before deciding how to read it (byte-order mark,
/// gzip or binary magic number, the first character of standard input).
/// </summary>
internal sealed class PeekableStream(Stream inner) : ReadOnlyStream(inner)
{
    private byte[] _buffer = [];
    private int _start;
    private int _end;
    private bool _innerEnded;

    /// <summary>Up to <paramref name="count"/> bytes from the current position, fewer only at the end of the stream.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        if (_end - _start < count && !_innerEnded)
        {
            if (_buffer.Length - _start < count)
            {
                var grown = new byte[Math.Max(count, _buffer.Length * 2)];
                Buffer.BlockCopy(_buffer, _start, grown, 0, _end - _start);
                _end -= _start;
                _start = 0;
                _buffer = grown;
            }
            while (_end - _start < count)
            {
                var n = Inner.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0)
                {
                    _innerEnded = true;
                    break;
                }
                _end += n;
            }
        }
        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    public void Skip(int count)
    {
        var available = Peek(count).Length;
        _start += available;
    }

    public override int Read(Span<byte> buffer)
    {
        if (_end > _start)
        {
            var n = Math.Min(buffer.Length, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(buffer);
            _start += n;
            return n;
        }
        return _innerEnded ? 0 : Inner.Read(buffer);
    }
}

/// <summary>
/// <see cref="GZipStream"/> that also notices truncation. GZipStream reports a cut-off file as a
/// normal end of data, so at the end this checks the gzip trailer: its last four bytes give the
/// size of the last member, which must match what was decompressed. zlib itself verifies the
/// checksum of every member that does end, so corrupt data still raises InvalidDataException.
/// </summary>
internal sealed class VerifiedGZipStream : ReadOnlyStream
{
    private const int TrailerLength = 8;
    private const int MinimalMemberLength = 18; // 10-byte header, an empty deflate block, 8-byte trailer

    private readonly TailRecordingStream _compressed;
    private readonly GZipStream _gzip;
    private readonly Func<Stream>? _reopen;
    private long _decompressed;
    private bool _verified;

    /// <param name="compressed">The gzip data.</param>
    /// <param name="reopen">Opens the same data again from its start, for the rare file of several
    /// concatenated gzip members (`cat a.gz b.gz`); null for standard input, which cannot be re-read.</param>
    public VerifiedGZipStream(Stream compressed, Func<Stream>? reopen) : base(null)
    {
        _compressed = new TailRecordingStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
        _reopen = reopen;
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        var n = _gzip.Read(buffer);
        _decompressed += n;
        if (n == 0 && !_verified)
        {
            if (!IsComplete())
                throw new InvalidDataException("gzip data ends before its trailer");
            _verified = true;
        }
        return n;
    }

    private bool IsComplete()
    {
        if (_compressed.Total == 0)
            return true; // an empty file: reported as empty, not as broken gzip
        if (_compressed.Total < MinimalMemberLength)
            return false;
        var lastMemberSize = BitConverter.ToUInt32(_compressed.Tail[4..]);
        if (lastMemberSize == (uint)_decompressed)
            return true;
        return _reopen is not null && LastMemberIsComplete(lastMemberSize);
    }

    /// <summary>
    /// With several members the trailer gives only the last one's size, so find where that member
    /// starts (a gzip header, 1F 8B 08) and check that decompressing from there gives exactly that size.
    /// </summary>
    private bool LastMemberIsComplete(uint lastMemberSize)
    {
        const int candidatesToTry = 16;
        var starts = new List<long>();
        using (var scan = _reopen!())
        {
            var window = new byte[64 * 1024];
            long offset = 0;
            int carry = 0, n;
            while ((n = scan.Read(window, carry, window.Length - carry)) > 0)
            {
                var filled = carry + n;
                for (var i = 0; i + 2 < filled; i++)
                    if (window[i] == 0x1F && window[i + 1] == 0x8B && window[i + 2] == 0x08 && offset + i > 0)
                        starts.Add(offset + i);
                carry = Math.Min(2, filled);
                Buffer.BlockCopy(window, filled - carry, window, 0, carry);
                offset += filled - carry;
            }
        }
        foreach (var start in starts.AsEnumerable().Reverse().Take(candidatesToTry))
        {
            try
            {
                using var member = _reopen!();
                member.Seek(start, SeekOrigin.Begin);
                using var gzip = new GZipStream(member, CompressionMode.Decompress);
                var buffer = new byte[64 * 1024];
                long size = 0;
                int read;
                while ((read = gzip.Read(buffer)) > 0 && size <= _decompressed)
                    size += read;
                if ((uint)size == lastMemberSize && size <= _decompressed)
                    return true;
            }
            catch (InvalidDataException)
            {
                // not a real member start: compressed data that happens to contain 1F 8B 08
            }
        }
        return false;
    }

    /// <summary>Remembers the last bytes that passed through, to read the gzip trailer after the fact.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _gzip.Dispose();
        base.Dispose(disposing);
    }

    private sealed class TailRecordingStream(Stream inner) : ReadOnlyStream(inner)
    {
        private readonly byte[] _tail = new byte[TrailerLength];

        public long Total { get; private set; }

        public ReadOnlySpan<byte> Tail => _tail;

        public override int Read(Span<byte> buffer)
        {
            var n = Inner.Read(buffer);
            if (n >= TrailerLength)
            {
                buffer.Slice(n - TrailerLength, TrailerLength).CopyTo(_tail);
            }
            else if (n > 0)
            {
                _tail.AsSpan(n).CopyTo(_tail); // shift left by n, then append
                buffer[..n].CopyTo(_tail.AsSpan(TrailerLength - n));
            }
            Total += n;
            return n;
        }

        public override long Position { get => Total; set => throw new NotSupportedException(); }
    }
}
