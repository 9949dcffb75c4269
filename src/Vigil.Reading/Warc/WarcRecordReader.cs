using System.Globalization;
using System.Text;

namespace Vigil.Reading.Warc;

/// <summary>One WARC record: its named fields and its content block (null when the block was too large to keep).</summary>
internal sealed record WarcRecord(int Number, long Offset, IReadOnlyDictionary<string, string> Fields, byte[]? Content)
{
    public string? this[string field] => Fields.GetValueOrDefault(field);
}

/// <summary>What the record reader gives: a record, or a record that could not be read (with its number and why).</summary>
internal abstract record WarcItem;
internal sealed record WarcRecordRead(WarcRecord Record) : WarcItem;
internal sealed record WarcRecordBroken(int Number, long Offset, string? TargetUri, string Reason) : WarcItem;

/// <summary>
/// Reads WARC records (ISO 28500: a <c>WARC/1.x</c> line, named fields, a blank line, exactly
/// <c>Content-Length</c> bytes, then two line breaks) from a stream, one at a time, holding at most
/// one record's content. A record whose length lies is a broken record, never a crash or a hang:
/// when the two line breaks are not where its length says, the reader reports it and looks for the
/// next <c>WARC/</c> line from the start of its content, so the records a too-long length swallowed
/// are read after all. A content block over the article limit is skipped without being held.
/// </summary>
internal sealed class WarcRecordReader(Stream input, long maxContentBytes)
{
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxHeaderBytes = 1024 * 1024;

    private readonly Stream _input = input;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private long _consumed; // bytes of the stream before _buffer[_start]
    private bool _ended;
    private int _number;

    public IEnumerable<WarcItem> Records()
    {
        while (true)
        {
            var offset = _consumed;
            // Anything before a version line (garbage, the tail of a broken record) is passed over.
            var skipped = SkipToVersionLine();
            if (skipped is null)
                yield break;
            if (skipped > 0 && _number == 0)
                yield return new WarcRecordBroken(0, offset, null, $"not a WARC file: no WARC/1.x line at its start ({skipped} bytes passed over)");
            var item = ReadRecord();
            if (item is null)
                yield break;
            yield return item;
        }
    }

    /// <summary>Moves to the next line that is a WARC version line; the bytes passed over, or null at the end of the stream.</summary>
    private long? SkipToVersionLine()
    {
        long skipped = 0;
        while (true)
        {
            var lineStart = _consumed;
            var line = ReadLine(out var tooLong);
            if (line is null)
                return null;
            if (!tooLong && IsVersionLine(line))
            {
                PushBack(line.Length + LineBreakLength);
                return skipped;
            }
            skipped += _consumed - lineStart;
        }
    }

    private int LineBreakLength { get; set; }

    private WarcItem? ReadRecord()
    {
        var offset = _consumed;
        _number++;
        ReadLine(out _); // the version line SkipToVersionLine found

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var headerBytes = 0;
        string? lastName = null;
        while (true)
        {
            var line = ReadLine(out var tooLong);
            if (line is null)
                return new WarcRecordBroken(_number, offset, fields.GetValueOrDefault("WARC-Target-URI"), "the file ends inside the record's header");
            headerBytes += line.Length;
            if (tooLong || headerBytes > MaxHeaderBytes)
                return new WarcRecordBroken(_number, offset, fields.GetValueOrDefault("WARC-Target-URI"), "the record's header is too long");
            if (line.Length == 0)
                break;
            var text = Encoding.UTF8.GetString(line);
            if (text[0] is ' ' or '\t' && lastName is not null)
            {
                fields[lastName] += " " + text.Trim(); // a folded continuation line
                continue;
            }
            var colon = text.IndexOf(':');
            if (colon <= 0)
                return new WarcRecordBroken(_number, offset, fields.GetValueOrDefault("WARC-Target-URI"), $"a header line has no name: \"{Shorten(text)}\"");
            lastName = text[..colon].Trim();
            fields[lastName] = text[(colon + 1)..].Trim();
        }

        var target = fields.GetValueOrDefault("WARC-Target-URI");
        if (!long.TryParse(fields.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            return new WarcRecordBroken(_number, offset, target, "the record has no valid Content-Length");

        if (length > maxContentBytes)
        {
            var skipped = Skip(length);
            if (skipped < length)
                return new WarcRecordBroken(_number, offset, target, $"the file ends {length - skipped} bytes before the record's Content-Length says");
            if (!ReadTrailer())
                return new WarcRecordBroken(_number, offset, target, "the record's Content-Length does not match its content");
            return new WarcRecordBroken(_number, offset, target, ReadReasons.ArticleTooLarge(maxContentBytes));
        }

        var content = new byte[length];
        var read = ReadInto(content);
        if (read < length)
        {
            // Perhaps the length is too long and swallowed later records: look for them in what was read.
            PushBack(content.AsSpan(0, read));
            return new WarcRecordBroken(_number, offset, target, $"the file ends {length - read} bytes before the record's Content-Length says");
        }
        if (!ReadTrailer())
        {
            PushBack(content);
            return new WarcRecordBroken(_number, offset, target, "the record's Content-Length does not match its content (no blank line after it)");
        }
        return new WarcRecordRead(new WarcRecord(_number, offset, fields, content));
    }

    /// <summary>The two line breaks after a content block (CRLF CRLF, or LF LF from lenient writers).</summary>
    private bool ReadTrailer()
    {
        for (var i = 0; i < 2; i++)
        {
            if (!Fill(1))
                return i > 0; // a last record may lack its final break
            if (_buffer[_start] == '\r')
            {
                if (!Fill(2) || _buffer[_start + 1] != '\n')
                    return false;
                Advance(2);
            }
            else if (_buffer[_start] == '\n')
                Advance(1);
            else
                return false;
        }
        return true;
    }

    private static bool IsVersionLine(byte[] line) =>
        line.Length is >= 8 and <= 16 && line.AsSpan().StartsWith("WARC/"u8) && char.IsAsciiDigit((char)line[5]);

    /// <summary>The next line without its line break; null at the end of the stream. A line over the limit is skipped and returned empty with <paramref name="tooLong"/>.</summary>
    private byte[]? ReadLine(out bool tooLong)
    {
        tooLong = false;
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = scanned + newline;
                var lineLength = length > 0 && _buffer[_start + length - 1] == '\r' ? length - 1 : length;
                LineBreakLength = length - lineLength + 1;
                var line = tooLong ? [] : _buffer.AsSpan(_start, lineLength).ToArray();
                Advance(length + 1);
                return line;
            }
            scanned = _end - _start;
            if (scanned >= MaxLineBytes)
            {
                tooLong = true;
                Advance(scanned);
                scanned = 0;
            }
            if (!Fill(scanned + 1))
            {
                if (_end == _start)
                    return null;
                // A last line without a line break.
                var line = tooLong ? [] : _buffer.AsSpan(_start, _end - _start).ToArray();
                LineBreakLength = 0;
                Advance(_end - _start);
                return line;
            }
        }
    }

    private int ReadInto(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (_end > _start)
            {
                var n = Math.Min(_end - _start, destination.Length - total);
                _buffer.AsSpan(_start, n).CopyTo(destination[total..]);
                Advance(n);
                total += n;
            }
            else if (!Fill(1))
                break;
        }
        return total;
    }

    private long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_end == _start && !Fill(1))
                break;
            var n = (int)Math.Min(_end - _start, count - skipped);
            Advance(n);
            skipped += n;
        }
        return skipped;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available from <c>_start</c>; false when the stream ends first.</summary>
    private bool Fill(int count)
    {
        if (_end - _start >= count)
            return true;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
        while (_end < count && !_ended)
        {
            var n = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
                _ended = true;
            _end += n;
        }
        return _end - _start >= count;
    }

    private void Advance(int count)
    {
        _start += count;
        _consumed += count;
    }

    /// <summary>Puts the last <paramref name="count"/> bytes taken back (they are still in the buffer).</summary>
    private void PushBack(int count)
    {
        _start -= count;
        _consumed -= count;
    }

    /// <summary>Puts bytes already taken (a content block) back in front of the buffer, to be read again.</summary>
    private void PushBack(ReadOnlySpan<byte> bytes)
    {
        var pending = _end - _start;
        var merged = new byte[Math.Max(_buffer.Length, bytes.Length + pending)];
        bytes.CopyTo(merged);
        _buffer.AsSpan(_start, pending).CopyTo(merged.AsSpan(bytes.Length));
        _buffer = merged;
        _start = 0;
        _end = bytes.Length + pending;
        _consumed -= bytes.Length;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
