namespace PerfEval.Rules.Definitions;

/// <summary>How a rubric insists on supporting files (佐证材料) for an indicator or a checklist item.</summary>
public enum EvidenceRequirement
{
    /// <summary>Missing evidence blocks submission (an error naming the item).</summary>
    Error,

    /// <summary>Missing evidence is shown as a warning; submission goes ahead.</summary>
    Warning,
}
