using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Vigil.Storage;

namespace Vigil.Web.Accounts;

/// <summary>Signs in a script that sends <c>Authorization: Bearer TOKEN</c> with a token from <c>vigil users token</c>.</summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IArticleStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "token";
    private const string Bearer = "Bearer ";

    public static bool IsPresent(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Bearer, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header[Bearer.Length..].Trim();
        if (token.Length == 0)
            return AuthenticateResult.Fail("empty token");
        if (await store.FindUserByApiTokenAsync(ApiTokens.Hash(token), Context.RequestAborted) is not { } user)
            return AuthenticateResult.Fail("unknown token");
        var principal = Policies.Principal(user.Name, user.Role, Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>--no-auth</c> and the demo: every request is the machine's own user, with every right. The
/// server listens on 127.0.0.1 only, so "anyone" is anyone logged in to this machine.
/// </summary>
internal sealed class OpenAccessHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "open";
    public const string UserName = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Policies.Principal(UserName, UserRole.Admin, Scheme), Scheme)));
}
