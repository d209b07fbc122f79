namespace PerfEval.Host.Domain;

/// <summary>Who takes a workflow step, as the history records it.</summary>
public sealed record StepActor(string UserName, string DisplayName, string Role, Guid OrgId, string OrgName);

/// <summary>
/// One workflow step as the runner and the report's definition decided it: the move, the sign-off box it writes, the
/// boxes it clears (a return to the start stage: the ladder signs again), the reviewer's score.
/// </summary>
public sealed record ReportStep(
    string Action,
    string ActionLabel,
    string From,
    string To,
    SignOffField SignOff,
    IReadOnlyCollection<SignOffField> ClearedSignOffs,
    string? Comment,
    bool Rescore,
    decimal? ReviewedScore,
    string? ReviewedGrade,
    string DefinitionId,
    int DefinitionVersion)
{
    public bool StageChanged => From != To;

    /// <summary>Whether the step sends the report back (退回): a <c>return</c> action, or any action to an earlier stage.</summary>
    public bool IsReturn { get; init; }
}

/// <summary>Writes one sign-off box of a report document.</summary>
internal static class ReportSignOffs
{
    /// <summary>A copy of <paramref name="content"/> with <paramref name="field"/>'s box replaced (a new value, so the store sees the change).</summary>
    public static ReportDocument With(ReportDocument content, SignOffField field, SignOff box)
    {
        var copy = content.Clone();
        switch (field)
        {
            case SignOffField.Unit:
                copy.SignOffs.Unit = box;
                break;
            case SignOffField.Department:
                copy.SignOffs.Department = box;
                break;
            case SignOffField.Finance:
                copy.SignOffs.Finance = box;
                break;
        }

        return copy;
    }
}
