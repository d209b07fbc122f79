using PerfEval.Host.Features.Scoring;

namespace PerfEval.Host.Features.Attachments;

/// <summary>
/// Where a file belongs, in the rubric's words (“A.1.3.1 立项依据充分性 · 立项文件”) rather than keys, for the attachments
/// list and the Word export. Falls back to the keys when the report has no rubric to read names from.
/// </summary>
public sealed class AttachmentTargetNames(ReportScoring scoring)
{
    /// <summary>A describer for the files of <paramref name="report"/>.</summary>
    public async Task<Func<Attachment, string>> ForAsync(Report report, CancellationToken ct)
    {
        var indicators = await IndicatorsAsync(report, ct);
        return a => AttachmentTarget.Of(a).Describe(indicators);
    }

    /// <summary>The indicators of the rubric <paramref name="report"/> is scored with, by key (empty when none resolves).</summary>
    public async Task<IReadOnlyDictionary<string, IndicatorDefinition>> IndicatorsAsync(Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        RubricDefinition? rubric;
        try
        {
            rubric = (await scoring.ResolveAsync(report.Kind, report.Content, report.Round, ct)).RuleSet.Definition;
        }
        catch (Exception e) when (e is BadInputException or NotFoundException)
        {
            rubric = null;
        }

        return ByKey(rubric);
    }

    /// <summary>A rubric's indicators by key (the first of a repeated key); empty for none.</summary>
    public static IReadOnlyDictionary<string, IndicatorDefinition> ByKey(RubricDefinition? rubric) =>
        rubric?.AllIndicators().GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
        ?? new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
}
