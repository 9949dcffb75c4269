using System.Security.Cryptography;
using System.Text;

namespace Vigil.Web.Accounts;

/// <summary>
/// Tokens that scripts send as <c>Authorization: Bearer TOKEN</c>. A token is 32 random bytes, so
/// a fast hash is enough to store it (nothing to brute-force, unlike a password); the store keeps
/// only that hash.
/// </summary>
public static class ApiTokens
{
    /// <summary>Marks a string as a Vigil token, so that one pasted into the wrong place is recognisable.</summary>
    public const string Prefix = "vigil_";

    public static string Create() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
