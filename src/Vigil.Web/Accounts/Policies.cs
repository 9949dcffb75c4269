using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Vigil.Storage;

namespace Vigil.Web.Accounts;

/// <summary>What each role may do, as authorization policies that pages and API endpoints name.</summary>
public static class Policies
{
    /// <summary>Read articles, actors, quotes, commitments, events: every role.</summary>
    public const string Read = "read";

    /// <summary>Give verdicts, keep watch lists, upload: analysts and admins.</summary>
    public const string Analyze = "analyze";

    /// <summary>Manage accounts: admins.</summary>
    public const string Administer = "administer";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, policy => policy.RequireAuthenticatedUser().RequireRole(RoleNames(UserRole.Viewer)));
        options.AddPolicy(Analyze, policy => policy.RequireAuthenticatedUser().RequireRole(RoleNames(UserRole.Analyst)));
        options.AddPolicy(Administer, policy => policy.RequireAuthenticatedUser().RequireRole(RoleNames(UserRole.Admin)));
    }

    /// <summary>The role claim a user gets; <see cref="ClaimTypes.Role"/>.</summary>
    public static string RoleName(UserRole role) => StoredNames.Of(role);

    /// <summary>The roles that include <paramref name="least"/>: each role may do what the roles below it may.</summary>
    private static string[] RoleNames(UserRole least) =>
        [.. Enum.GetValues<UserRole>().Where(r => r >= least).Select(RoleName)];

    public static ClaimsPrincipal Principal(string name, UserRole role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, RoleName(role))], scheme));
}
