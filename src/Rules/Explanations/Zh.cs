using System.Globalization;

namespace PerfEval.Rules.Explanations;

/// <summary>Number formatting for Chinese explanations.</summary>
internal static class Zh
{
    /// <summary>A number without trailing zeros (98, 8.5, 0.25).</summary>
    public static string N(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A score with one decimal (8.0).</summary>
    public static string S(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.0#", CultureInfo.InvariantCulture);

    /// <summary>A value with its unit (76%, 4800户); percentages with at most 2 decimals (83.33%).</summary>
    public static string U(decimal value, string? unit) =>
        (unit == "%" ? Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) : N(value)) + (unit ?? "");
}
