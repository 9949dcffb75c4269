using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Vigil.Reading.Web;

/// <summary>What fetching a URL gave.</summary>
internal abstract record FetchResult;

/// <summary>The body (whole, at most the file limit) with the media type and charset the server gave.</summary>
internal sealed record Fetched(byte[] Body, string? MediaType, string? CharSet, FetchState.Validators Validators) : FetchResult;

/// <summary>The server says nothing changed since the last fetch (304).</summary>
internal sealed record NotModified : FetchResult;

internal sealed record FetchFailed(string Reason) : FetchResult;

/// <summary>
/// Fetches feeds and pages over HTTP(S) for the reader: one shared client, a time limit for the
/// whole exchange, the file-size limit on the body, conditional requests from <see cref="FetchState"/>,
/// and every connection — redirects included — checked against <see cref="AddressPolicy"/> on the
/// address actually connected to, so a name that resolves to a private address is refused too.
/// </summary>
internal sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly ReadOptions _options;

    public WebFetcher(ReadOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            UseProxy = false, // a proxy would be the one connecting, out of reach of the address check
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.FetchTimeout,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context, options, cancellationToken),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Vigil", "1.0"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
    }

    public static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public FetchResult Fetch(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return new FetchFailed("not an http or https URL");
        using var timeout = new CancellationTokenSource(_options.FetchTimeout);
        try
        {
            return FetchAsync(uri, timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new FetchFailed($"no complete answer within {_options.FetchTimeout.TotalSeconds:0.#} seconds (timed out)");
        }
        catch (HttpRequestException e)
        {
            return new FetchFailed(e.InnerException is RefusedAddressException refused ? refused.Message : $"could not fetch: {e.Message}");
        }
        catch (ReadProblemException e)
        {
            return new FetchFailed(e.Message);
        }
        catch (IOException e)
        {
            return new FetchFailed($"the connection failed: {e.Message}");
        }
    }

    private async Task<FetchResult> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var known = _options.FetchState?.For(uri.AbsoluteUri);
        if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (known?.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, out var since))
            request.Headers.IfModifiedSince = since;

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new NotModified();
        if (!response.IsSuccessStatusCode)
            return new FetchFailed($"the server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");

        var content = response.Content;
        if (content.Headers.ContentLength > _options.MaxFileBytes)
            return new FetchFailed(ReadReasons.FileTooLarge(_options.MaxFileBytes, compressed: false));
        await using var body = new LimitedStream(await content.ReadAsStreamAsync(cancellationToken), _options.MaxFileBytes,
            ReadReasons.FileTooLarge(_options.MaxFileBytes, compressed: false));
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);

        var validators = new FetchState.Validators(response.Headers.ETag?.ToString(), content.Headers.LastModified?.ToString("R"));
        return new Fetched(buffer.ToArray(), content.Headers.ContentType?.MediaType, content.Headers.ContentType?.CharSet, validators);
    }

    /// <summary>Resolves the host, refuses the whole name when any of its addresses is refused, and connects to the one checked.</summary>
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, ReadOptions options, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
            throw new RefusedAddressException($"{host} has no address");
        if (!options.AllowPrivateAddresses)
            foreach (var address in addresses)
                if (!options.TrustedAddresses.Contains(address) && AddressPolicy.Refusal(address) is { } why)
                    throw new RefusedAddressException(
                        $"refused: {host} resolves to {address}, {why} (fetching from this machine's own network is off unless --allow-private-urls is given)");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();

    private sealed class RefusedAddressException(string message) : Exception(message);
}
