using System.Net;
using System.Net.Sockets;

namespace Vigil.Reading.Web;

/// <summary>
/// Which addresses a URL may be fetched from. By default only public ones: a feed list or a page
/// must not make Vigil reach into the machine or its network (server-side request forgery) — the
/// loopback, private, carrier-grade NAT, link-local (which holds cloud metadata services),
/// multicast and reserved ranges are refused unless configuration allows them.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Why the address may not be fetched from, or null when it may.</summary>
    public static string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
            return "a loopback address";
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b switch
            {
                [0, ..] => "a reserved address",
                [10, ..] => "a private address",
                [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT) address",
                [169, 254, ..] => "a link-local address",
                [172, >= 16 and <= 31, ..] => "a private address",
                [192, 168, ..] => "a private address",
                [192, 0, 0, _] => "a reserved address",
                [198, 18 or 19, ..] => "a reserved address",
                [>= 224, ..] => "a multicast or reserved address",
                _ => null,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
                return "a link-local or reserved address";
            if (address.IsIPv6Multicast)
                return "a multicast address";
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            if ((b[0] & 0xFE) == 0xFC)
                return "a private address";
            return null;
        }
        return "an address of an unknown family";
    }
}
