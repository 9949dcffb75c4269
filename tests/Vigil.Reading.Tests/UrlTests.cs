using System.Net;
using System.Text;
using Vigil.Reading.Web;

namespace Vigil.Reading.Tests;

/// <summary>
/// Feeds and pages fetched over HTTP from a real server on the loopback address. Loopback is a
/// non-public address, so every test but the refusals switches the allowance on explicitly.
/// </summary>
public sealed class UrlTests : IDisposable
{
    private readonly LocalServer _server = new();

    public void Dispose() => _server.Dispose();

    private static ReadOptions Allowed(FetchState? state = null, TimeSpan? timeout = null) =>
        new() { AllowPrivateAddresses = true, FetchState = state, FetchTimeout = timeout ?? TimeSpan.FromSeconds(10) };

    [Fact]
    public void A_feed_url_is_read_as_a_feed_and_a_page_url_as_an_article()
    {
        _server.Serve("/feed", "application/rss+xml", FeedTests.Rss);
        _server.Serve("/page", "text/html; charset=windows-1252", Encoding.Latin1.GetBytes(
            "<html><head><title>Caf\u00e9 closes</title></head><body><article><p>The caf\u00e9 on the quay closed on Monday after forty years, its owner said.</p></article></body></html>"));

        var feed = Reading.ReadAll(_server.Url("/feed"), Allowed());
        var page = Reading.SingleArticle(_server.Url("/page"), Allowed()).Document;

        Assert.Equal(3, feed.Count);
        Assert.Equal("https://post.example/calder-dockers", ((ArticleRead)feed[0]).Document.Metadata.Url);
        Assert.Contains("The café on the quay closed", page.Text); // the charset from the HTTP header
        Assert.Equal(_server.Url("/page"), page.Metadata.Url);
    }

    [Fact]
    public void A_second_run_asks_conditionally_and_an_unchanged_feed_gives_nothing()
    {
        _server.Serve("/feed", "application/rss+xml", FeedTests.Rss, etag: "\"v1\"", lastModified: "Fri, 06 Sep 2024 08:00:00 GMT");
        using var folder = new TestFolder();
        var statePath = folder.PathOf("fetch-state.json");

        var first = Reading.ReadAll(_server.Url("/feed"), Allowed(FetchState.Load(statePath)));
        var second = Reading.ReadAll(_server.Url("/feed"), Allowed(FetchState.Load(statePath)));

        Assert.Equal(3, first.Count);
        Assert.Empty(second);
        Assert.Equal([null, "\"v1\""], _server.IfNoneMatch);
        Assert.Equal(new FetchState.Validators("\"v1\"", "Fri, 06 Sep 2024 08:00:00 GMT"), FetchState.Load(statePath).For(_server.Url("/feed")));
    }

    [Fact]
    public void Loopback_and_private_addresses_are_refused_unless_allowed()
    {
        _server.Serve("/feed", "application/rss+xml", FeedTests.Rss);

        var refused = Reading.SingleFailure(_server.Url("/feed"), new ReadOptions());
        var byName = Reading.SingleFailure(_server.Url("/feed").Replace("127.0.0.1", "localhost", StringComparison.Ordinal), new ReadOptions());

        Assert.StartsWith("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address", refused.Reason);
        Assert.Contains("--allow-private-urls", refused.Reason);
        Assert.StartsWith("refused: localhost resolves to", byName.Reason);
        Assert.Empty(_server.IfNoneMatch); // no request reached the server
    }

    [Theory]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.20.0.1", "a private address")]
    [InlineData("192.168.1.10", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("0.0.0.0", "a reserved address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("fe80::1", "a link-local or reserved address")]
    [InlineData("fd00::1", "a private address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("93.184.215.14", null)]
    [InlineData("2606:4700::1111", null)]
    public void Address_policy(string address, string? refusal) =>
        Assert.Equal(refusal, AddressPolicy.Refusal(IPAddress.Parse(address)));

    [Fact]
    public void A_server_that_does_not_answer_in_time_is_a_failure_not_a_hang()
    {
        _server.Serve("/slow", "application/rss+xml", FeedTests.Rss, delay: TimeSpan.FromSeconds(5));

        var failure = Reading.SingleFailure(_server.Url("/slow"), Allowed(timeout: TimeSpan.FromMilliseconds(500)));

        Assert.Contains("timed out", failure.Reason);
    }

    [Fact]
    public void Error_statuses_and_other_content_are_failures_naming_the_url()
    {
        _server.Serve("/image", "image/png", [0x89, 0x50, 0x4E, 0x47]);
        var missing = _server.Url("/missing");

        Assert.Equal(new ReadFailure(missing, "the server answered HTTP 404 Not Found"), Reading.SingleFailure(missing, Allowed()));
        Assert.Contains("neither a feed nor a web page", Reading.SingleFailure(_server.Url("/image"), Allowed()).Reason);
        Assert.Equal("not an http or https URL", Reading.SingleFailure("http://", Allowed()).Reason);
    }

    [Theory]
    [InlineData("http://127.0.0.2:{port}/feed", "127.0.0.2, a loopback address")]
    [InlineData("http://[::1]:{port}/feed", "::1, a loopback address")]
    [InlineData("http://10.0.0.5/admin", "10.0.0.5, a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254, a link-local address")]
    public void A_public_server_redirecting_to_a_private_address_is_refused(string target, string refusal)
    {
        // The loopback server stands for a public one: trusted by address, it is fetched from like
        // any public server, and only where it redirects is left to the policy.
        _server.Serve("/feed", "application/rss+xml", FeedTests.Rss);
        _server.Redirect("/hop", target.Replace("{port}", _server.Port.ToString(), StringComparison.Ordinal));
        _server.Redirect("/home", _server.Url("/feed"));
        var publicServer = new ReadOptions { TrustedAddresses = new HashSet<IPAddress> { IPAddress.Loopback } };

        var followed = Reading.ReadAll(_server.Url("/home"), publicServer);
        var refused = Reading.SingleFailure(_server.Url("/hop"), publicServer);

        Assert.Equal(3, followed.Count);   // redirects are followed where the policy allows them
        Assert.StartsWith("refused: ", refused.Reason);
        Assert.Contains($"resolves to {refusal}", refused.Reason);
        Assert.Equal(_server.Url("/hop"), refused.Source);
    }

    /// <summary>An HttpListener on 127.0.0.1 and a free port, serving fixed answers; stopped when disposed.</summary>
    private sealed class LocalServer : IDisposable
    {
        private readonly HttpListener _listener;
        private readonly Dictionary<string, Answer> _answers = new(StringComparer.Ordinal);
        private readonly Task _loop;
        private readonly int _port;

        private sealed record Answer(string ContentType, byte[] Body, string? ETag, string? LastModified, TimeSpan Delay, string? Location = null);

        public List<string?> IfNoneMatch { get; } = [];

        public LocalServer()
        {
            // A listener whose Start fails (the port taken) is closed for good: each attempt needs a new one.
            for (var attempt = 0; ; attempt++)
            {
                _port = Random.Shared.Next(20000, 60000);
                var listener = new HttpListener();
                listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
                try
                {
                    listener.Start();
                    _listener = listener;
                    break;
                }
                catch (HttpListenerException) when (attempt < 20)
                {
                    listener.Close();
                }
            }
            _loop = Task.Run(ServeAsync);
        }

        public int Port => _port;

        public string Url(string path) => $"http://127.0.0.1:{_port}{path}";

        /// <summary>Answers the path with 302 Found to the location.</summary>
        public void Redirect(string path, string location)
        {
            lock (_answers)
                _answers[path] = new Answer("text/plain", [], null, null, TimeSpan.Zero, location);
        }

        public void Serve(string path, string contentType, string body, string? etag = null, string? lastModified = null, TimeSpan? delay = null) =>
            Serve(path, contentType, Encoding.UTF8.GetBytes(body), etag, lastModified, delay);

        public void Serve(string path, string contentType, byte[] body, string? etag = null, string? lastModified = null, TimeSpan? delay = null)
        {
            lock (_answers)
                _answers[path] = new Answer(contentType, body, etag, lastModified, delay ?? TimeSpan.Zero);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                _ = Task.Run(() => AnswerAsync(context));
            }
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            Answer? answer;
            lock (_answers)
            {
                answer = _answers.GetValueOrDefault(context.Request.Url!.AbsolutePath);
                IfNoneMatch.Add(context.Request.Headers["If-None-Match"]);
            }
            var response = context.Response;
            try
            {
                if (answer is null)
                {
                    response.StatusCode = 404;
                    response.Close();
                    return;
                }
                await Task.Delay(answer.Delay);
                if (answer.Location is not null)
                {
                    response.Redirect(answer.Location);
                    response.Close();
                    return;
                }
                if (answer.ETag is not null && context.Request.Headers["If-None-Match"] == answer.ETag)
                {
                    response.StatusCode = 304;
                    response.Close();
                    return;
                }
                response.ContentType = answer.ContentType;
                if (answer.ETag is not null)
                    response.Headers["ETag"] = answer.ETag;
                if (answer.LastModified is not null)
                    response.Headers["Last-Modified"] = answer.LastModified;
                await response.OutputStream.WriteAsync(answer.Body);
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
            {
                // the client gave up (the timeout test)
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try { _loop.Wait(TimeSpan.FromSeconds(5)); }
            catch (AggregateException) { }
        }
    }
}
