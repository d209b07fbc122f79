using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace PerfEval.Host.Features.Reports;

/// <summary>
/// The whole report document checked against its own contract before anything is written: every member the model
/// declares non-nullable is present (an absent table is <c>[]</c>, never <c>null</c>), no list holds a null, every text is
/// free of control characters and lone surrogates and within <see cref="MaxTextLength"/>, every amount within
/// ±<see cref="MaxMagnitude"/>, every count within ±<see cref="MaxInteger"/>, every enum a defined value. Paths are the
/// JSON paths of the API (<c>indicators[2].points</c>). Nullable members (blank cells, e.g. a row's <c>points</c> when
/// the model allows it) may be null: blank is not zero.
/// </summary>
internal static class ReportShape
{
    /// <summary>Largest amount or score accepted (10^12 万元 is far beyond any budget; sums of such values still fit a decimal).</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>Largest count accepted (head counts, cases).</summary>
    public const int MaxInteger = 1_000_000_000;

    /// <summary>Longest text accepted in one field (a narrative part of a real report is a few thousand characters).</summary>
    public const int MaxTextLength = 50_000;

    private const int MaxProblems = 50;

    /// <summary>Every problem of <paramref name="document"/> as (JSON path, message), at most 50.</summary>
    public static IReadOnlyList<(string Path, string Message)> Problems(object document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<(string, string)>();
        Walk(document, "", problems);
        return problems;
    }

    private static void Walk(object value, string path, List<(string, string)> problems)
    {
        if (problems.Count >= MaxProblems)
        {
            return;
        }

        switch (value)
        {
            case string text:
                if (text.Length > MaxTextLength)
                {
                    problems.Add((path, ReportsText.FormatReportShapeWalk(text.Length, MaxTextLength)));
                }
                else if (TextSafety.InvalidCharacter(text) is { } bad)
                {
                    problems.Add((path, ReportsText.FormatReportShapeWalk2(bad)));
                }

                return;
            case decimal d when Math.Abs(d) > MaxMagnitude:
                problems.Add((path, TextFormat.Fill(ReportsText.ReportShapeWalk3, MaxMagnitude)));
                return;
            case int or long when Math.Abs(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)) > MaxInteger:
                problems.Add((path, ReportsText.FormatReportShapeWalk4(MaxInteger)));
                return;
            case double or float when !double.IsFinite(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)):
                problems.Add((path, ReportsText.ReportShapeWalk5));
                return;
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                problems.Add((path, ReportsText.FormatReportShapeWalk6(e)));
                return;
            case IList list:
                for (var n = 0; n < list.Count; n++)
                {
                    if (list[n] is { } item)
                    {
                        Walk(item, $"{path}[{n}]", problems);
                    }
                    else
                    {
                        problems.Add(($"{path}[{n}]", ReportsText.ReportShapeWalk7));
                    }
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateOnly or DateTime or DateTimeOffset or Guid)
        {
            return;
        }

        var contract = JsonDefaults.Options.GetTypeInfo(type);
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in contract.Properties)
        {
            // Only the data: get-only members are computed (sums) and are not stored.
            if (property.Get is null || property.Set is null)
            {
                continue;
            }

            var memberPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (property.Get(value) is { } member)
            {
                Walk(member, memberPath, problems);
            }
            else if (!property.IsGetNullable)
            {
                problems.Add((memberPath, typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType != typeof(string)
                    ? ReportsText.ReportShapeWalk8
                    : ReportsText.ReportShapeWalk9));
            }
        }
    }
}
