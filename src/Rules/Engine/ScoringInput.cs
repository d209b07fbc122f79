using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// The parts of a report that scoring reads — funding grid, indicator table, rubric answers, rubric self-score table and
/// the department section — as a document of its own, kept beside the whole form so that re-scoring many reports (impact
/// analysis) decodes a fraction of each form. Narrative, goals, expenditure lines, evaluators, sign-offs and basic facts
/// are left out: no template, measure or library function reads them.
/// </summary>
/// <remarks>
/// An advanced expression may read other members of <c>input.Report</c> (or call <c>Chk.*</c>, which reads the whole form);
/// <see cref="Covers"/> says whether a rule set reads only what the projection holds. Scoring a projection with a rule
/// set it covers gives exactly the result of scoring the whole form (tested on generated reports of every rubric).
/// </remarks>
public static partial class ScoringInput
{
    /// <summary>The <see cref="ReportDocument"/> members the projection holds.</summary>
    public static readonly IReadOnlySet<string> Members = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(ReportDocument.Funding), nameof(ReportDocument.Indicators), nameof(ReportDocument.Assessments),
        nameof(ReportDocument.RubricSelfScores), nameof(ReportDocument.Department),
    };

    /// <summary>The projection of <paramref name="report"/> (sharing its section objects).</summary>
    /// <param name="report">A whole report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportDocument Of(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDocument
        {
            Funding = report.Funding,
            Indicators = report.Indicators,
            Assessments = report.Assessments,
            RubricSelfScores = report.RubricSelfScores,
            Department = report.Department,
        };
    }

    /// <summary>The projection as compact JSON (the report JSON conventions of <see cref="RulesJson.Options"/>).</summary>
    /// <param name="report">A whole report.</param>
    public static string Write(ReportDocument report) => JsonSerializer.Serialize(Of(report), RulesJson.Options);

    /// <summary>The projection as compact UTF-8 JSON (what the host stored before <see cref="Encode"/>; still read).</summary>
    /// <param name="report">A whole report.</param>
    public static byte[] WriteUtf8(ReportDocument report) => JsonSerializer.SerializeToUtf8Bytes(Of(report), RulesJson.Options);

    /// <summary>
    /// The projection in binary (what the host stores): several times faster to read than JSON, which is most of what
    /// re-scoring a stored report costs. Readable only by a build with the same model (<see cref="IsReadable"/>).
    /// </summary>
    /// <param name="report">A whole report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] Encode(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ProjectionCodec.Write(report);
    }

    /// <summary>
    /// Whether <see cref="Read(ReadOnlySpan{byte})"/> can read <paramref name="stored"/>: JSON (<see cref="WriteUtf8"/>), or
    /// <see cref="Encode"/>'s binary written with this build's model. Anything else is scored from the whole form.
    /// </summary>
    /// <param name="stored">A stored projection.</param>
    public static bool IsReadable(ReadOnlySpan<byte> stored) =>
        ProjectionCodec.IsCurrent(stored) || (!stored.IsEmpty && stored[0] == (byte)'{');

    /// <summary>Reads a projection written by <see cref="Encode"/> or <see cref="WriteUtf8"/>.</summary>
    /// <param name="stored">The stored projection.</param>
    /// <exception cref="JsonException">JSON bytes that are not a report document.</exception>
    /// <exception cref="FormatException">Binary bytes written with another model, or cut short.</exception>
    public static ReportDocument Read(ReadOnlySpan<byte> stored) => !stored.IsEmpty && stored[0] == ProjectionCodec.Marker
        ? ProjectionCodec.Read(stored)
        : JsonSerializer.Deserialize<ReportDocument>(stored, RulesJson.Options) ?? new ReportDocument();

    /// <summary>Reads a projection written by <see cref="Write"/> (a report whose other sections are empty).</summary>
    /// <param name="json">The stored projection.</param>
    /// <exception cref="JsonException">The text is not a report document.</exception>
    public static ReportDocument Read(string json) => JsonSerializer.Deserialize<ReportDocument>(json, RulesJson.Options) ?? new ReportDocument();

    /// <summary>
    /// Whether scoring with <paramref name="ruleSet"/> reads only what the projection holds: no expression calls the
    /// consistency-check library (<c>Chk.*</c>) or reads a member of <c>input.Report</c> outside <see cref="Members"/>.
    /// Decided from the expression texts, conservatively: any other mention of <c>Report</c> counts as reading the whole form.
    /// </summary>
    /// <param name="ruleSet">A loaded rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static bool Covers(LoadedRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        foreach (var expression in ruleSet.Expressions.Values)
        {
            if (ChkCall().IsMatch(expression))
            {
                return false;
            }

            var reads = ReportMember().Matches(expression);
            if (reads.Any(m => !Members.Contains(m.Groups[1].Value)) || ReportMention().Matches(expression).Count != reads.Count)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\bChk\s*\.")]
    private static partial Regex ChkCall();

    [GeneratedRegex(@"\binput\s*\.\s*Report\s*\.\s*(\w+)")]
    private static partial Regex ReportMember();

    [GeneratedRegex(@"\bReport\b")]
    private static partial Regex ReportMention();
}
