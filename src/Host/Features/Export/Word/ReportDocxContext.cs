namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// The finance bureau's review of a report: the reviewed score and the grade of that score, and the indicator lines of the
/// indicator-by-indicator review (复核) when there is one.
/// </summary>
internal sealed record ReviewResult(decimal? Score, string? Grade, IReadOnlyList<ReviewLine>? Lines = null);

/// <summary>One indicator of the review: 指标 | 分值 | 自评得分 | 评分 | 复核得分 | 复核理由 | 主管部门批注.</summary>
internal sealed record ReviewLine(string Name, decimal Points, decimal? SelfScore, decimal ComputedScore, decimal? ReviewedScore, string? Reason, string? Annotation);

/// <summary>
/// What every part of the Word form needs: the form content, which kind of report it is, the bureau's review if any, the
/// evidence files and the rubric's indicators by key (for the labels of answers).
/// </summary>
internal sealed record ReportDocxContext(ReportDocument Content, ReportKind Kind, ReviewResult? Review = null, IReadOnlyList<AttachmentLine>? Attachments = null,
    IReadOnlyDictionary<string, PerfEval.Rules.Definitions.IndicatorDefinition>? Indicators = null)
{
    public bool IsDepartment => Kind == ReportKind.Department || Content.Department is not null;

    /// <summary>"项目" or "部门" for labels that differ between the two kinds.</summary>
    public string Subject => IsDepartment ? "部门" : "项目";
}

/// <summary>One evidence file as the Word form lists it: where it is attached, its name, size, uploader and upload date (bureau's day).</summary>
internal sealed record AttachmentLine(string Target, string FileName, string Size, string UploadedBy, string UploadedOn);
