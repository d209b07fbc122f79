namespace PerfEval.Host.Features.Reports;

/// <summary>
/// A report in lists: the queryable facts without the form. <see cref="ShownScore"/> is the score people see (reviewed,
/// else the rubric's, else the unit's) and <see cref="ShownGrade"/> always its own grade.
/// </summary>
public sealed record ReportSummary(
    Guid Id,
    ReportKind Kind,
    string Title,
    int Year,
    Guid OrgId,
    string OrgCode,
    string OrgName,
    Guid? RoundId,
    string? RoundName,
    string Stage,
    string StageLabel,
    decimal? StatedScore,
    string? StatedGrade,
    decimal? ScoredTotal,
    string? ScoredGrade,
    decimal? ReviewedScore,
    string? ReviewedGrade,
    decimal? ShownScore,
    string? ShownGrade,
    int Version,
    DateTime UpdatedAtUtc)
{
    public static ReportSummary From(Report r) => new(
        r.Id, r.Kind, r.Title, r.Year, r.OrgId, r.Org?.Code ?? "", r.Org?.Name ?? "", r.RoundId, r.Round?.Name,
        r.Stage, ReportStages.Label(r.Stage), r.StatedScore, r.StatedGrade, r.ScoredTotal, r.ScoredGrade,
        r.ReviewedScore, r.ReviewedGrade, r.ShownScore, r.ShownGrade, r.Version, r.UpdatedAtUtc);
}

/// <summary>
/// A report with its whole form. <see cref="Findings"/> is filled by create and update (the consistency checks of
/// the saved form: warnings and errors, fields relative to <c>content</c>); null on reads (see <c>GET …/checks</c>).
/// </summary>
public sealed record ReportDetail(
    ReportSummary Summary, ReportDocument Content, string? ReviewedReason, string? ScoredRuleSetId, int? ScoredRuleSetVersion,
    IReadOnlyList<Finding>? Findings = null)
{
    public static ReportDetail From(Report r, IReadOnlyList<Finding>? findings = null)
        => new(ReportSummary.From(r), r.Content, r.ReviewedReason, r.ScoredRuleSetId, r.ScoredRuleSetVersion, findings);
}

/// <summary>A page of results.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
