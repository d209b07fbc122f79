namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>The designer's Chinese text (to move to .resx with the others).</summary>
internal static partial class DesignerText
{
    public static string ChangeLabel(PerfEval.Workflows.Definitions.ChangeKind kind) => kind switch
    {
        PerfEval.Workflows.Definitions.ChangeKind.Added => ChangeLabel_Added,
        PerfEval.Workflows.Definitions.ChangeKind.Removed => ChangeLabel_Removed,
        _ => ChangeLabel_Other,
    };

    /// <summary>The notice under the simulation: running reports keep their version.</summary>

    /// <summary>Why a simulated report's path does not reach a terminal stage.</summary>
    public static string Unplaced(PerfEval.Workflows.Runtime.WalkStop stop, string at, string? backTo) => stop switch
    {
        PerfEval.Workflows.Runtime.WalkStop.Loop when backTo is not null =>
            FormatUnplacedTemplate(at, backTo),
        _ => FormatUnplaced_Other(at),
    };

    /// <summary>The warning above the simulation when some reports cannot be placed.</summary>
    public static string UnplacedNotice(int count) => FormatUnplacedNoticeTemplate(count, UnplacedTag);

    /// <summary>An audit action of a workflow version, as people read it.</summary>
    public static string AuditActionLabel(string action) => action switch
    {
        Domain.WorkflowDefinitionAudit.Shipped => AuditActionLabel_Shipped,
        Domain.WorkflowDefinitionAudit.Created => AuditActionLabel_Created,
        Domain.WorkflowDefinitionAudit.Updated => AuditActionLabel_Updated,
        Domain.WorkflowDefinitionAudit.Imported => AuditActionLabel_Imported,
        Domain.WorkflowDefinitionAudit.Published => AuditActionLabel_Published,
        Domain.WorkflowDefinitionAudit.Retired => AuditActionLabel_Retired,
        _ => action,
    };

    /// <summary>Who did it: display name and role.</summary>
    public static string AuditActor(string displayName, string roleLabel) => string.IsNullOrEmpty(roleLabel) ? displayName : $"{displayName}（{roleLabel}）";

    public static string StatusLabel(Domain.DefinitionStatus status) => status switch
    {
        Domain.DefinitionStatus.Published => StatusLabel_Published,
        Domain.DefinitionStatus.Retired => StatusLabel_Retired,
        _ => StatusLabel_Other,
    };

    public static string KindLabel(string kind) => kind == "department" ? KindLabelTemplate : KindLabel_2;
}
