using System.Globalization;

namespace Vigil.Reading;

/// <summary>Publication dates as inputs write them: "2021-08-31", ISO 8601 date-times, RFC 1123.</summary>
internal static class PublicationDates
{
    /// <summary>
    /// The calendar date as the input states it. A date-time keeps the date of its own offset
    /// ("2021-08-31T23:30:00-04:00" is the 31st), since that is the date the publisher printed.
    /// </summary>
    public static DateOnly? Parse(string? value)
    {
        var date = ParseAny(value);
        // Pages fill empty date fields with 0001-01-01 and the like: no news is that old.
        return date is { Year: >= EarliestYear } ? date : null;
    }

    private const int EarliestYear = 1800;

    private static DateOnly? ParseAny(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment))
            return DateOnly.FromDateTime(moment.DateTime);
        return null;
    }
}
