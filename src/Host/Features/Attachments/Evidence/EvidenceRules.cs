using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Features.Workflow.Submission;

namespace PerfEval.Host.Features.Attachments.Evidence;

/// <summary>
/// One place where the report's rubric asks for evidence (<c>evidenceRequired</c> on an indicator or a checklist item):
/// whether the report claims it (the indicator is answered and not 不适用; the item is ticked), how many files are attached
/// there, and whether that is missing (claimed, none attached).
/// </summary>
public sealed record EvidenceRequirementDto(
    string IndicatorKey, string IndicatorName, string? ItemId, string? ItemLabel, string? Evidence, EvidenceRequirement Level,
    bool Claimed, int FileCount)
{
    public bool Missing => Claimed && FileCount == 0;

    /// <summary>What people read when it is missing, naming the item.</summary>
    public string Message => ItemId is null
        ? AttachmentText.IndicatorMissing(IndicatorName, Evidence)
        : AttachmentText.ItemMissing(IndicatorName, ItemLabel ?? ItemId, Evidence);
}

/// <summary>Works out a report's evidence requirements from its rubric and its attachments.</summary>
public sealed class EvidenceRules(PerfEvalDbContext db)
{
    /// <summary>Every requirement of <paramref name="rubric"/> for <paramref name="report"/>, in rubric order.</summary>
    public async Task<IReadOnlyList<EvidenceRequirementDto>> ForAsync(Report report, RubricDefinition rubric, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rubric);
        var counts = (await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id && a.IndicatorKey != null)
                .Select(a => new { a.IndicatorKey, a.ItemId }).ToListAsync(ct))
            .GroupBy(a => (a.IndicatorKey!, a.ItemId)).ToDictionary(g => g.Key, g => g.Count());
        int Count(string key, string? item) => item is null
            ? counts.Where(c => c.Key.Item1 == key).Sum(c => c.Value)
            : counts.GetValueOrDefault((key, item));

        var result = new List<EvidenceRequirementDto>();
        foreach (var indicator in rubric.AllIndicators())
        {
            var answer = report.Content.Assessments.FirstOrDefault(a => a.Key == indicator.Key);
            var answered = answer is not null && !answer.NotApplicable;
            if (indicator.EvidenceRequired is { } level)
            {
                result.Add(new(indicator.Key, indicator.Name, null, null, indicator.Evidence, level, answered, Count(indicator.Key, null)));
            }

            foreach (var item in indicator.Parameters.Items ?? [])
            {
                if (item.EvidenceRequired is { } itemLevel)
                {
                    result.Add(new(indicator.Key, indicator.Name, item.Id, item.Label, item.Evidence, itemLevel,
                        answered && answer!.Checked.Contains(item.Id), Count(indicator.Key, item.Id)));
                }
            }
        }

        return result;
    }

    /// <summary>The submission errors of missing evidence the rubric makes an error (warnings never block).</summary>
    public async Task<IEnumerable<SubmissionError>> BlockingAsync(Report report, RubricDefinition rubric, CancellationToken ct) =>
        (await ForAsync(report, rubric, ct))
            .Where(r => r.Missing && r.Level == EvidenceRequirement.Error)
            .Select(r => new SubmissionError(
                $"evidence.{r.IndicatorKey}{(r.ItemId is null ? "" : "." + r.ItemId)}", r.Message, r.IndicatorKey));
}

/// <summary>The report's evidence requirements and their state (for the form's markers and the reviewers' overview).</summary>
public sealed record GetEvidence(UserContext User, Guid ReportId) : IQuery<IReadOnlyList<EvidenceRequirementDto>>, IUserMessage;

public sealed class GetEvidenceHandler(ReportAccess access, ReportScoring scoring, EvidenceRules rules)
    : IQueryHandler<GetEvidence, IReadOnlyList<EvidenceRequirementDto>>
{
    public async ValueTask<IReadOnlyList<EvidenceRequirementDto>> Handle(GetEvidence query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        try
        {
            var (ruleSet, _) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken);
            return await rules.ForAsync(report, ruleSet.Definition, cancellationToken);
        }
        catch (Exception e) when (e is BadInputException or NotFoundException)
        {
            // No rubric to read requirements from: nothing is required.
            return [];
        }
    }
}
