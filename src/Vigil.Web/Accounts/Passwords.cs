using Microsoft.AspNetCore.Identity;

namespace Vigil.Web.Accounts;

/// <summary>
/// Password hashing with ASP.NET Core Identity's hasher (PBKDF2 with a random salt, its iteration
/// count carried in the hash so that a stronger future setting still verifies old hashes). The
/// password itself is never stored, logged or returned.
/// </summary>
public static class Passwords
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 1024;

    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object NoUser = new();

    /// <summary>Why a new password is refused, or null when it is acceptable.</summary>
    public static string? FindProblem(string password) => password.Length switch
    {
        0 => "the password is empty",
        < MinimumLength => $"the password is shorter than {MinimumLength} characters",
        > MaximumLength => $"the password is longer than {MaximumLength} characters",
        _ => null,
    };

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Hasher.HashPassword(NoUser, password);
    }

    public static bool Verify(string hash, string password)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(password);
        // A corrupted hash is a failed sign-in, not a crash of the login page.
        try
        {
            return Hasher.VerifyHashedPassword(NoUser, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
