namespace PerfEval.Host.Domain;

/// <summary>Messages of the Domain feature people read (resources: DomainText.resx).</summary>
public static class DomainText
{
    private static readonly TextResources R = new(typeof(DomainText));

    public static string DelegationEnd => R[nameof(DelegationEnd)];

    public static string EvaluationRoundChangeDeadline(object? name) =>
        R.Format(nameof(EvaluationRoundChangeDeadline), name);

    public static string EvaluationRoundChangeDeadline2(object? deadline, object? today) =>
        R.Format(nameof(EvaluationRoundChangeDeadline2), deadline, today);

    public static string ReportApplyStep(object? value, object? value2) =>
        R.Format(nameof(ReportApplyStep), value, value2);

    public static string ReportSignerName(object? displayName, object? displayName2) =>
        R.Format(nameof(ReportSignerName), displayName, displayName2);

    public static string ReportApplyReview(object? key) =>
        R.Format(nameof(ReportApplyReview), key);

    public static string ReportApplyReview2(object? name, object? points, object? points2) =>
        R.Format(nameof(ReportApplyReview2), name, points, points2);

    public static string ReportApplyReview3(object? name, object? d, object? computedScore) =>
        R.Format(nameof(ReportApplyReview3), name, d, computedScore);

    public static string ReportApplyReview4(object? computedScore) =>
        R.Format(nameof(ReportApplyReview4), computedScore);

    public static string ReportApplyReview5(object? computedScore) =>
        R.Format(nameof(ReportApplyReview5), computedScore);

    public static string ReportAnnotate(object? key) =>
        R.Format(nameof(ReportAnnotate), key);

    public static string ReportAnnotate2(object? name) =>
        R.Format(nameof(ReportAnnotate2), name);

    public static string ReportLabel => R[nameof(ReportLabel)];

    public static string ReportLabel2 => R[nameof(ReportLabel2)];

    public static string ReportLabel3 => R[nameof(ReportLabel3)];

    public static string ReportLabel4 => R[nameof(ReportLabel4)];

    public static string ReportLabel5 => R[nameof(ReportLabel5)];

    public static string RolesLabel => R[nameof(RolesLabel)];

    public static string RolesLabel2 => R[nameof(RolesLabel2)];

    public static string RolesLabel3 => R[nameof(RolesLabel3)];

    public static string RolesLabel4 => R[nameof(RolesLabel4)];

    public static string RolesLabel5 => R[nameof(RolesLabel5)];

    public static string RuleSetVersionNotADraft(object? id, object? version, object? value) =>
        R.Format(nameof(RuleSetVersionNotADraft), id, version, value);

    public static string RuleSetVersionStaleRevision(object? yours, object? current) =>
        R.Format(nameof(RuleSetVersionStaleRevision), yours, current);

    public static string RuleSetVersionPublishedTwice(object? id, object? version, object? value) =>
        R.Format(nameof(RuleSetVersionPublishedTwice), id, version, value);

    public static string RuleSetVersionRetireOnlyPublished(object? id, object? version, object? value) =>
        R.Format(nameof(RuleSetVersionRetireOnlyPublished), id, version, value);

    public static string WorkflowDefinitionVersionRetire(object? definitionId, object? version) =>
        R.Format(nameof(WorkflowDefinitionVersionRetire), definitionId, version);

    public static string VerbPublish => R[nameof(VerbPublish)];
    public static string VerbRetire => R[nameof(VerbRetire)];
    public static string StatusDraft => R[nameof(StatusDraft)];
    public static string StatusRetired => R[nameof(StatusRetired)];
    public static string ReviewLabel => R[nameof(ReviewLabel)];
    public static string AnnotateLabel => R[nameof(AnnotateLabel)];

    public static string ReportJudgedBand(object? name) =>
        R.Format(nameof(ReportJudgedBand), name);

    public static string ReportJudgedBand2 => R[nameof(ReportJudgedBand2)];

    public static string ReportJudgedBand3(object? points) =>
        R.Format(nameof(ReportJudgedBand3), points);

    public static string ReportJudgedBand4(object? name, object? min, object? max, object? rule) =>
        R.Format(nameof(ReportJudgedBand4), name, min, max, rule);

    public static string ReportJudgedBand5(object? name, object? bandId, object? value) =>
        R.Format(nameof(ReportJudgedBand5), name, bandId, value);

    public static string ReportJudgedBand6(object? name, object? score, object? value, object? ranges) =>
        R.Format(nameof(ReportJudgedBand6), name, score, value, ranges);

    public static string ReportJudgedBandAny => R[nameof(ReportJudgedBandAny)];

    public static string ReportJudgedBandChosen => R[nameof(ReportJudgedBandChosen)];

    /// <summary>After a range whose upper end is not included.</summary>
    public static string RangeExclusive => R[nameof(RangeExclusive)];
}
