namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>Messages of the workflow definition version lifecycle (change note, round pin), as people read them.</summary>
internal static class WorkflowVersionText
{
    private static readonly TextResources R = new(typeof(WorkflowVersionText));

    /// <summary>Longest change note (characters), as for rubric versions.</summary>
    public const int NoteMaxLength = 2000;

    public static string NoteRequired => R[nameof(NoteRequired)];

    public static string NoteTooLong => R[nameof(NoteTooLong)];

    public static string NotFound(string id, int version) => R.Format("NotFound", id, version);

    public static string NoPublished(string id) => R.Format("NoPublished", id);

    public static string NotPublishedForRound(string id, int version, Domain.DefinitionStatus status) =>
        R.Format("NotPublishedForRound_3", id, version, (status == Domain.DefinitionStatus.Draft ? R["NotPublishedForRound"] : R["NotPublishedForRound_2"]));

    public static string WrongKind(string id, string definitionKind, string roundKind) =>
        R.Format("WrongKind", id, definitionKind, roundKind);

    public static string CannotPublishAgain(string id, int version, bool published) =>
        R.Format("CannotPublishAgain", id, version, published ? R["CannotPublishAgain_Published"] : R["CannotPublishAgain_Retired"]);

    public static string DefinitionNotFound(string id) => R.Format("DefinitionNotFound", id);

    public static string CannotReplace(string id, int version) => R.Format("CannotReplace", id, version);
}
