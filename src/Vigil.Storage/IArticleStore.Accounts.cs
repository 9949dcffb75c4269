namespace Vigil.Storage;

/// <summary>The web app's local accounts and the API tokens of their scripts.</summary>
public partial interface IArticleStore
{
    /// <summary>Adds an account; returns false, changing nothing, when the name (case ignored) is taken.</summary>
    Task<bool> AddUserAsync(UserAccount user, CancellationToken cancellationToken = default);

    /// <summary>The account with that name, case ignored; null when there is none.</summary>
    Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every account, by name.</summary>
    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Gives the account a token, kept only as <paramref name="tokenHash"/>; false when there is no such account.</summary>
    Task<bool> AddApiTokenAsync(string userName, string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>The account a token belongs to, found by the token's hash; null for an unknown token.</summary>
    Task<UserAccount?> FindUserByApiTokenAsync(string tokenHash, CancellationToken cancellationToken = default);
}

/// <summary>What an account may do; each role may also do everything of the roles before it.</summary>
public enum UserRole
{
    /// <summary>Reads everything.</summary>
    Viewer,
    /// <summary>Also gives verdicts on commitments, keeps watch lists and uploads articles.</summary>
    Analyst,
    /// <summary>Also manages the accounts.</summary>
    Admin,
}

/// <summary>A local account. <see cref="PasswordHash"/> is the hasher's output, never the password.</summary>
public sealed record UserAccount(string Name, UserRole Role, string PasswordHash, DateTimeOffset CreatedAt);
