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

    public static string Workflow => R[nameof(Workflow)];
    public static string LatestWorkflow => R[nameof(LatestWorkflow)];

    public static string WorkflowChoice(string name, string id, int version) => R.Format("WorkflowChoice", name, id, version);

    /// <summary>The pinned workflow version, or the fallback of rounds opened before rounds pinned one.</summary>
    public static string WorkflowLabel(RoundSummary r) =>
        r.WorkflowDefinitionId is null ? R["WorkflowLabel"] : R.Format("WorkflowLabel_2", r.WorkflowName ?? r.WorkflowDefinitionId, r.WorkflowVersion);

    public static string RubricLabel(RoundSummary r) =>
        r.RuleSetId is null ? NoRubric : R.Format("RubricLabel", r.RuleSetName ?? r.RuleSetId, r.RuleSetVersion, (string.IsNullOrEmpty(r.Level1Weights) ? "" : $"（{r.Level1Weights}）"));

    public static string CloseRoundHandle(object? id) =>
        R.Format(nameof(CloseRoundHandle), id);

    public static string ChangeRoundDeadlineValidator => R[nameof(ChangeRoundDeadlineValidator)];

    public static string ChangeRoundDeadlineValidator2 => R[nameof(ChangeRoundDeadlineValidator2)];

    public static string ChangeRoundDeadlineHandle(object? id) =>
        R.Format(nameof(ChangeRoundDeadlineHandle), id);

    public static string OpenRoundValidator => R[nameof(OpenRoundValidator)];

    public static string OpenRoundValidator2 => R[nameof(OpenRoundValidator2)];

    public static string OpenRoundValidator3 => R[nameof(OpenRoundValidator3)];

    public static string OpenRoundValidator4 => R[nameof(OpenRoundValidator4)];

    public static string OpenRoundValidator5 => R[nameof(OpenRoundValidator5)];

    public static string OpenRoundValidator6 => R[nameof(OpenRoundValidator6)];

    public static string OpenRoundValidator7 => R[nameof(OpenRoundValidator7)];

    public static string OpenRoundValidator8 => R[nameof(OpenRoundValidator8)];

    public static string OpenRoundValidator9 => R[nameof(OpenRoundValidator9)];

    public static string OpenRoundOpenAsync(object? name, object? year, object? kind) =>
        R.Format(nameof(OpenRoundOpenAsync), name, year, kind);

    public static string OpenRoundOpenAsync2(object? name) =>
        R.Format(nameof(OpenRoundOpenAsync2), name);

    public static string OpenRoundCheckRubricAsync => R[nameof(OpenRoundCheckRubricAsync)];

    public static string OpenRoundCheckRubricAsync2(object? ruleSetId, object? v) =>
        R.Format(nameof(OpenRoundCheckRubricAsync2), ruleSetId, v);

    public static string OpenRoundCheckRubricAsync3(object? ruleSetId) =>
        R.Format(nameof(OpenRoundCheckRubricAsync3), ruleSetId);

    public static string OpenRoundCheckRubricAsync4(object? count, object? value, object? value2) =>
        R.Format(nameof(OpenRoundCheckRubricAsync4), count, value, value2);

    public static string OpenRoundCheckUnits(object? value) =>
        R.Format(nameof(OpenRoundCheckUnits), value);

    public static string OpenRoundCheckUnits2(object? name) =>
        R.Format(nameof(OpenRoundCheckUnits2), name);

    public static string OpenRoundCheckUnits3 => R[nameof(OpenRoundCheckUnits3)];

    public static string OpenRoundNewDraft(object? name) =>
        R.Format(nameof(OpenRoundNewDraft), name);

    public static string RoundGateEnsureAcceptsSubmissionAsync(object? name) =>
        R.Format(nameof(RoundGateEnsureAcceptsSubmissionAsync), name);

    public static string RoundQueriesGetAsync(object? id) =>
        R.Format(nameof(RoundQueriesGetAsync), id);

    public static string DeadlineRequired => R[nameof(DeadlineRequired)];
    public static string NamePlaceholder => R[nameof(NamePlaceholder)];
}
