namespace Vigil.Reading;

/// <summary>One line of a byte stream, without its line ending; <see cref="TooLong"/> lines carry no content.</summary>
internal readonly record struct ByteLine(int Number, ReadOnlyMemory<byte> Content, bool TooLong);

/// <summary>
/// Splits a stream into lines at the byte level, holding at most one line (up to the limit) in
/// memory: a 50 MB line is skipped past, never buffered whole.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private const int ChunkSize = 64 * 1024;

    private byte[] _buffer = new byte[ChunkSize];
    private int _start;
    private int _end;
    private bool _ended;
    private int _lineNumber;

    /// <summary>The next line, or null at the end of the stream. The content is valid until the next call.</summary>
    public ByteLine? Next()
    {
        var tooLong = false;
        var scanned = 0; // bytes after _start already known to hold no line end
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = _start + scanned + newline;
                var line = Line(_start, lineEnd, tooLong);
                _start = lineEnd + 1;
                return line;
            }
            scanned = _end - _start;

            if (_ended)
            {
                if (scanned == 0 && !tooLong)
                    return null;
                var last = Line(_start, _end, tooLong);
                _start = _end;
                return last;
            }

            if (scanned > maxLineBytes)
            {
                // Too long to be an article: forget what is buffered and only look for the line's end.
                tooLong = true;
                _start = _end = scanned = 0;
            }
            Fill();
        }
    }

    private ByteLine Line(int start, int end, bool tooLong)
    {
        _lineNumber++;
        if (tooLong || end - start > maxLineBytes)
            return new ByteLine(_lineNumber, ReadOnlyMemory<byte>.Empty, TooLong: true);
        if (end > start && _buffer[end - 1] == (byte)'\r')
            end--;
        return new ByteLine(_lineNumber, _buffer.AsMemory(start, end - start), TooLong: false);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, (int)Math.Max(_buffer.Length + ChunkSize, Math.Min(_buffer.Length * 2L, maxLineBytes + ChunkSize + 1)));
        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
            _ended = true;
        _end += n;
    }
}
