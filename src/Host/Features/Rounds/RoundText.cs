using PerfEval.Host.Domain;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Features.Rounds;

/// <summary>Chinese texts of the round pages (自评任务).</summary>
internal static class RoundText
{
    private static readonly TextResources R = new(typeof(RoundText));

    public static string Nav => R[nameof(Nav)];
    public static string Empty => R[nameof(Empty)];
    public static string Name => R[nameof(Name)];
    public static string Year => R[nameof(Year)];
    public static string Rubric => R[nameof(Rubric)];
    public static string Weights => R[nameof(Weights)];
    public static string Deadline => R[nameof(Deadline)];
    public static string WarningDays => R[nameof(WarningDays)];
    public static string Status => R[nameof(Status)];
    public static string Progress => R[nameof(Progress)];
    public static string Units => R[nameof(Units)];
    public static string Unit => R[nameof(Unit)];
    public static string Project => R[nameof(Project)];
    public static string Report => R[nameof(Report)];
    public static string Stage => R[nameof(Stage)];
    public static string NoReport => R[nameof(NoReport)];
    public static string NoRubric => R[nameof(NoRubric)];
    public static string ChangeDeadline => R[nameof(ChangeDeadline)];
    public static string ChangeDeadlineHint => R[nameof(ChangeDeadlineHint)];
    public static string Save => R[nameof(Save)];
    public static string Saved => R[nameof(Saved)];
    public static string Close => R[nameof(Close)];
    public static string CloseConfirm => R[nameof(CloseConfirm)];
    public static string Closed => R[nameof(Closed)];
    public static string Cancel => R[nameof(Cancel)];
    public static string New => R[nameof(New)];
    public static string Open => R[nameof(Open)];
    public static string WeightsInput => R[nameof(WeightsInput)];
    public static string ProjectsInput => R[nameof(ProjectsInput)];

    public static string Opened(int reports) => R.Format("Opened", reports);
    public static string NotFound => R[nameof(NotFound)];

    public static string StatusLabel(RoundStatus status) => status == RoundStatus.Open ? R["StatusLabel"] : R["StatusLabel_2"];

    public static string RubricLabel(RoundSummary r) =>
        r.RuleSetId is null ? NoRubric : R.Format("RubricLabel", r.RuleSetName ?? r.RuleSetId, r.RuleSetVersion, (string.IsNullOrEmpty(r.Level1Weights) ? "" : $"（{r.Level1Weights}）"));
}
