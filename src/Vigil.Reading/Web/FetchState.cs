using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Reading.Web;

/// <summary>
/// What a server said about each URL last time (its ETag and Last-Modified), kept in a small JSON
/// file between runs so the next fetch can be conditional: an unchanged feed answers 304 and costs
/// nothing. Written whole to a temporary file and renamed, so a crash never leaves it half-written.
/// </summary>
public sealed class FetchState
{
    private readonly string? _path;
    private readonly Dictionary<string, Validators> _byUrl;
    private readonly Lock _gate = new();

    public sealed record Validators(string? ETag, string? LastModified);

    private FetchState(string? path, Dictionary<string, Validators> byUrl)
    {
        _path = path;
        _byUrl = byUrl;
    }

    /// <summary>Remembers nothing between runs.</summary>
    public static FetchState InMemory() => new(null, new(StringComparer.Ordinal));

    /// <summary>The state kept at <paramref name="path"/>; empty when the file does not exist or cannot be read as such a file.</summary>
    public static FetchState Load(string path)
    {
        Dictionary<string, Validators>? byUrl = null;
        try
        {
            if (File.Exists(path))
                byUrl = JsonSerializer.Deserialize(File.ReadAllBytes(path), FetchStateJson.Default.DictionaryStringValidators);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged state file costs one unconditional fetch per URL, nothing more.
        }
        return new FetchState(path, new Dictionary<string, Validators>(byUrl ?? [], StringComparer.Ordinal));
    }

    public Validators? For(string url)
    {
        lock (_gate)
            return _byUrl.GetValueOrDefault(url);
    }

    /// <summary>Records what the server said for <paramref name="url"/> and saves the file.</summary>
    public void Remember(string url, Validators validators)
    {
        lock (_gate)
        {
            if (validators.ETag is null && validators.LastModified is null)
                _byUrl.Remove(url);
            else
                _byUrl[url] = validators;
            if (_path is null)
                return;
            try
            {
                var temporary = _path + ".tmp";
                File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(_byUrl, FetchStateJson.Default.DictionaryStringValidators));
                File.Move(temporary, _path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not being able to remember costs an unconditional fetch next time; it must not stop the reading.
            }
        }
    }
}

/// <summary>The state file's shape, generated at build time: the native build of vigil has no reflection-based JSON.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, FetchState.Validators>))]
internal sealed partial class FetchStateJson : JsonSerializerContext;
