namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>Messages of the workflow definition version lifecycle (change note, round pin), as people read them.</summary>
internal static partial class WorkflowVersionText
{
    /// <summary>Longest change note (characters), as for rubric versions.</summary>
    public const int NoteMaxLength = 2000;

    public static string NotPublishedForRound(string id, int version, Domain.DefinitionStatus status) =>
        FormatNotPublishedForRound_3(id, version, (status == Domain.DefinitionStatus.Draft ? NotPublishedForRoundTemplate : NotPublishedForRound_2));

    public static string CannotPublishAgain(string id, int version, bool published) =>
        FormatCannotPublishAgainTemplate(id, version, published ? CannotPublishAgain_Published : CannotPublishAgain_Retired);
}
