using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Vigil.Reading;

/// <summary>
/// Bytes to text, strictly: a byte-order mark decides the encoding, else the encoding the input
/// declares (an HTML charset), else UTF-8. Bytes that do not decode are a failure naming their
/// offset rather than silently becoming U+FFFD, since a wrongly decoded article would be analysed
/// and stored as if it were right.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // File signatures of formats that are never text; many contain no NUL byte in their first
    // kilobytes, so they would otherwise be caught late or decode as garbage.
    private static readonly (byte[] Magic, string Format)[] BinarySignatures =
    [
        ([0x1F, 0x8B], "gzip"),
        ([0x50, 0x4B, 0x03, 0x04], "zip"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        ([0x47, 0x49, 0x46, 0x38], "GIF"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF"),
        ([0x42, 0x5A, 0x68], "bzip2"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE (old Office)"),
        ([0x52, 0x49, 0x46, 0x46], "RIFF"),
        ([0x00, 0x00, 0x01, 0x00], "icon"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66], "SQLite"),
    ];

    public const int LongestSignature = 8;

    /// <summary>The binary format whose signature starts <paramref name="head"/>, if any.</summary>
    public static string? BinaryFormat(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, format) in BinarySignatures)
            if (head.StartsWith(magic))
                return format;
        return null;
    }

    /// <summary>The encoding announced by a byte-order mark, and the mark's length; null when there is none.</summary>
    public static (Encoding Encoding, int Length, string Name)? ByteOrderMark(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (StrictUtf8, 3, "UTF-8");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32LE");
        if (head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32BE");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16LE");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16BE");
        return null;
    }

    /// <summary>
    /// Decodes a whole article. Throws <see cref="ReadProblemException"/> for binary data,
    /// undecodable bytes and empty or whitespace-only content.
    /// </summary>
    /// <param name="declared">The encoding the content declares for itself (an HTML charset), used when there is no byte-order mark.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        if (BinaryFormat(bytes) is { } format)
            throw new ReadProblemException($"{ReadReasons.Binary} ({format} data)");

        var bom = ByteOrderMark(bytes);
        var encoding = bom?.Encoding ?? declared ?? StrictUtf8;
        var content = bytes[(bom?.Length ?? 0)..];

        var wide = encoding is UnicodeEncoding or UTF32Encoding;
        if (!wide && content.IndexOf((byte)0) >= 0)
            throw new ReadProblemException(ReadReasons.Binary);

        var text = encoding.CodePage == Encoding.UTF8.CodePage
            ? DecodeUtf8(content, bom?.Length ?? 0)
            : DecodeStrictly(content, encoding, bom?.Name ?? encoding.WebName, bom?.Length ?? 0);

        if (wide && text.Contains('\0'))
            throw new ReadProblemException(ReadReasons.Binary);
        if (string.IsNullOrWhiteSpace(text))
            throw new ReadProblemException(ReadReasons.EmptyFile);
        return text;
    }

    /// <summary>UTF-8 with the exact offset of the first bad byte, counted from the start of the input.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> content, long offsetOfContent = 0)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(content.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten,
                replaceInvalidSequences: false, isFinalBlock: true);
            if (status != System.Buffers.OperationStatus.Done)
                throw new ReadProblemException(ReadReasons.NotDecodable("UTF-8", offsetOfContent + bytesRead));
            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string DecodeStrictly(ReadOnlySpan<byte> content, Encoding encoding, string name, long offsetOfContent)
    {
        if (encoding is UnicodeEncoding or UTF32Encoding)
        {
            // DecoderFallbackException.Index points past a lone surrogate, not at it: find it ourselves.
            var bigEndian = encoding.CodePage is 1201 or 12001;
            var bad = encoding is UnicodeEncoding ? FirstInvalidUtf16(content, bigEndian) : FirstInvalidUtf32(content, bigEndian);
            if (bad is { } offset)
                throw new ReadProblemException(ReadReasons.NotDecodable(name, offsetOfContent + offset));
        }
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new ReadProblemException(ReadReasons.NotDecodable(name, offsetOfContent + Math.Max(0, e.Index)));
        }
    }

    /// <summary>The byte offset of the first unpaired surrogate or dangling odd byte, if any.</summary>
    private static int? FirstInvalidUtf16(ReadOnlySpan<byte> content, bool bigEndian)
    {
        var units = content.Length / 2;
        for (var i = 0; i < units; i++)
        {
            var unit = Unit(content, i, bigEndian);
            if (char.IsHighSurrogate(unit))
            {
                if (i + 1 >= units || !char.IsLowSurrogate(Unit(content, i + 1, bigEndian)))
                    return i * 2;
                i++;
            }
            else if (char.IsLowSurrogate(unit))
            {
                return i * 2;
            }
        }
        return content.Length % 2 == 1 ? content.Length - 1 : null;
    }

    private static char Unit(ReadOnlySpan<byte> content, int index, bool bigEndian) => (char)(bigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(content[(index * 2)..])
        : BinaryPrimitives.ReadUInt16LittleEndian(content[(index * 2)..]));

    private static int? FirstInvalidUtf32(ReadOnlySpan<byte> content, bool bigEndian)
    {
        for (var offset = 0; offset + 4 <= content.Length; offset += 4)
        {
            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(content[offset..]) : BinaryPrimitives.ReadUInt32LittleEndian(content[offset..]);
            if (!Rune.IsValid(value))
                return offset;
        }
        return content.Length % 4 != 0 ? content.Length - content.Length % 4 : null;
    }
}
