namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>The designer's Chinese text (to move to .resx with the others).</summary>
public static class DesignerText
{
    private static readonly TextResources R = new(typeof(DesignerText));

    public static string Nav => R[nameof(Nav)];
    public static string Title => R[nameof(Title)];
    public static string Hint => R[nameof(Hint)];
    public static string Definition => R[nameof(Definition)];
    public static string Name => R[nameof(Name)];
    public static string Based => R[nameof(Based)];
    public static string Stages => R[nameof(Stages)];
    public static string AddStage => R[nameof(AddStage)];
    public static string Code => R[nameof(Code)];
    public static string Label => R[nameof(Label)];
    public static string DueDays => R[nameof(DueDays)];
    public static string Terminal => R[nameof(Terminal)];
    public static string Start => R[nameof(Start)];
    public static string Up => R[nameof(Up)];
    public static string Down => R[nameof(Down)];
    public static string Remove => R[nameof(Remove)];
    public static string Actions => R[nameof(Actions)];
    public static string AddAction => R[nameof(AddAction)];
    public static string ActionCode => R[nameof(ActionCode)];
    public static string ActionLabel => R[nameof(ActionLabel)];
    public static string Role => R[nameof(Role)];
    public static string OrgLevel => R[nameof(OrgLevel)];
    public static string CommentRequired => R[nameof(CommentRequired)];
    public static string SignOff => R[nameof(SignOff)];
    public static string NoSignOff => R[nameof(NoSignOff)];
    public static string Rescore => R[nameof(Rescore)];
    public static string Target => R[nameof(Target)];
    public static string Previous => R[nameof(Previous)];
    public static string Conditional => R[nameof(Conditional)];
    public static string Routes => R[nameof(Routes)];
    public static string AddRoute => R[nameof(AddRoute)];
    public static string Template => R[nameof(Template)];
    public static string AmountAtLeast => R[nameof(AmountAtLeast)];
    public static string ScoreBelowGrade => R[nameof(ScoreBelowGrade)];
    public static string OrgInList => R[nameof(OrgInList)];
    public static string Advanced => R[nameof(Advanced)];
    public static string Default => R[nameof(Default)];
    public static string Amount => R[nameof(Amount)];
    public static string Grade => R[nameof(Grade)];
    public static string OrgCodes => R[nameof(OrgCodes)];
    public static string Expression => R[nameof(Expression)];
    public static string Problems => R[nameof(Problems)];
    public static string NoProblems => R[nameof(NoProblems)];
    public static string Checking => R[nameof(Checking)];
    public static string Simulate => R[nameof(Simulate)];
    public static string SimulationTitle => R[nameof(SimulationTitle)];
    public static string SimulationPath => R[nameof(SimulationPath)];
    public static string SimulationCount => R[nameof(SimulationCount)];
    public static string SimulationReport => R[nameof(SimulationReport)];
    public static string SimulationOrg => R[nameof(SimulationOrg)];
    public static string SimulationStage => R[nameof(SimulationStage)];
    public static string SimulationVersion => R[nameof(SimulationVersion)];
    public static string InFlightTag => R[nameof(InFlightTag)];
    public static string SaveDraft => R[nameof(SaveDraft)];
    public static string Publish => R[nameof(Publish)];
    public static string Saved => R[nameof(Saved)];
    public static string Published => R[nameof(Published)];
    public static string Versions => R[nameof(Versions)];
    public static string Status => R[nameof(Status)];
    public static string CreatedBy => R[nameof(CreatedBy)];
    public static string CreatedAt => R[nameof(CreatedAt)];
    public static string Export => R[nameof(Export)];
    public static string Import => R[nameof(Import)];
    public static string ImportHint => R[nameof(ImportHint)];
    public static string Load => R[nameof(Load)];
    public static string Diagram => R[nameof(Diagram)];
    public static string Open => R[nameof(Open)];
    public static string ReportKind => R[nameof(ReportKind)];
    public static string ApproveLabel => R[nameof(ApproveLabel)];
    public static string CompareWithPrevious => R[nameof(CompareWithPrevious)];

    public static string DiffTitle(int from, int to) => R.Format("DiffTitle", from, to);

    public static string ChangeLabel(PerfEval.Workflows.Definitions.ChangeKind kind) => kind switch
    {
        PerfEval.Workflows.Definitions.ChangeKind.Added => R["ChangeLabel_Added"],
        PerfEval.Workflows.Definitions.ChangeKind.Removed => R["ChangeLabel_Removed"],
        _ => R["ChangeLabel_Other"],
    };

    public static string NotFound(string id) => R.Format("NotFound", id);

    /// <summary>The notice under the simulation: running reports keep their version.</summary>
    public static string InFlightNotice(int total, int inFlight) =>
        R.Format("InFlightNotice", total, inFlight);

    public static string Truncated(int max) => R.Format("Truncated", max);

    public static string Retire => R[nameof(Retire)];
    public static string RetiredDone => R[nameof(RetiredDone)];
    public static string UnplacedTag => R[nameof(UnplacedTag)];

    /// <summary>Why a simulated report's path does not reach a terminal stage.</summary>
    public static string Unplaced(PerfEval.Workflows.Runtime.WalkStop stop, string at, string? backTo) => stop switch
    {
        PerfEval.Workflows.Runtime.WalkStop.Loop when backTo is not null =>
            R.Format("Unplaced", at, backTo),
        _ => R.Format("Unplaced_Other", at),
    };

    /// <summary>The warning above the simulation when some reports cannot be placed.</summary>
    public static string UnplacedNotice(int count) => R.Format("UnplacedNotice", count, UnplacedTag);

    public static string ChangeNote => R[nameof(ChangeNote)];
    public static string ChangeNoteHint => R[nameof(ChangeNoteHint)];
    public static string ConfirmPublish => R[nameof(ConfirmPublish)];
    public static string Cancel => R[nameof(Cancel)];
    public static string History => R[nameof(History)];
    public static string HistoryEmpty => R[nameof(HistoryEmpty)];
    public static string AuditAt => R[nameof(AuditAt)];
    public static string AuditAction => R[nameof(AuditAction)];
    public static string AuditBy => R[nameof(AuditBy)];

    /// <summary>An audit action of a workflow version, as people read it.</summary>
    public static string AuditActionLabel(string action) => action switch
    {
        Domain.WorkflowDefinitionAudit.Shipped => R["AuditActionLabel_Shipped"],
        Domain.WorkflowDefinitionAudit.Created => R["AuditActionLabel_Created"],
        Domain.WorkflowDefinitionAudit.Updated => R["AuditActionLabel_Updated"],
        Domain.WorkflowDefinitionAudit.Imported => R["AuditActionLabel_Imported"],
        Domain.WorkflowDefinitionAudit.Published => R["AuditActionLabel_Published"],
        Domain.WorkflowDefinitionAudit.Retired => R["AuditActionLabel_Retired"],
        _ => action,
    };

    /// <summary>Who did it: display name and role.</summary>
    public static string AuditActor(string displayName, string roleLabel) => string.IsNullOrEmpty(roleLabel) ? displayName : $"{displayName}（{roleLabel}）";


    public static string StatusLabel(Domain.DefinitionStatus status) => status switch
    {
        Domain.DefinitionStatus.Published => R["StatusLabel_Published"],
        Domain.DefinitionStatus.Retired => R["StatusLabel_Retired"],
        _ => R["StatusLabel_Other"],
    };

    public static string KindLabel(string kind) => kind == "department" ? R["KindLabel"] : R["KindLabel_2"];

    public static string DraftDefinitionStatic => R[nameof(DraftDefinitionStatic)];

    public static string DraftDefinitionCheck(object? reportKind) =>
        R.Format(nameof(DraftDefinitionCheck), reportKind);

    public static string SimulateWorkflowDraftValidator => R[nameof(SimulateWorkflowDraftValidator)];

    public static string SimulateWorkflowDraftHandle => R[nameof(SimulateWorkflowDraftHandle)];
}
