namespace PerfEval.Host.Features.Review;

/// <summary>The Chinese texts of the indicator review (复核) (to move to .resx with the others).</summary>
internal static partial class ReviewText
{
    /// <summary>The range the rubric allows, under the score input.</summary>
    /// <param name="min">Lowest allowed score.</param>
    /// <param name="max">Highest allowed score.</param>
    public static string Allowed(decimal min, decimal max) =>
        FormatAllowedTemplate(min.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), max.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
}
