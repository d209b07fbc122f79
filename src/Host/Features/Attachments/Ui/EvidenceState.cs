using PerfEval.Host.Components;
using PerfEval.Host.Features.Attachments.Evidence;
using PerfEval.Host.Features.Attachments.List;

namespace PerfEval.Host.Features.Attachments.Ui;

/// <summary>
/// The report page's view of its evidence: the files, the rubric's requirements and who may change what. Cascaded to the
/// upload boxes beside the checklist items, the indicators, the opinion box and the attachments section; loaded with the
/// same messages as the API (<see cref="ListAttachments"/>, <see cref="GetEvidence"/>).
/// </summary>
public sealed class EvidenceState(IUiSender ui)
{
    public Guid ReportId { get; private set; }

    public UserContext User { get; private set; } = default!;

    public string Stage { get; private set; } = ReportStages.Draft;

    public bool DraftWritable { get; private set; }

    public AttachmentList Files { get; private set; } = new([], [], 0, 0, 0);

    public IReadOnlyList<EvidenceRequirementDto> Requirements { get; private set; } = [];

    /// <summary>Raised after every reload, so each box re-renders.</summary>
    public event Action? Changed;

    public async Task LoadAsync(Guid reportId, UserContext user, string stage, Guid orgId, ReportKind kind)
    {
        ReportId = reportId;
        User = user;
        Stage = stage;
        DraftWritable = stage == ReportStages.Draft && ReportAccess.MayWrite(user, orgId, kind);
        await ReloadAsync();
    }

    public async Task ReloadAsync()
    {
        Files = await ui.SendAsync(new ListAttachments(User, ReportId));
        Requirements = await ui.SendAsync(new GetEvidence(User, ReportId));
        Changed?.Invoke();
    }

    public IEnumerable<AttachmentDto> At(AttachmentTarget target) =>
        Files.Items.Where(a => a.IndicatorKey == target.IndicatorKey && a.ItemId == target.ItemId && a.OpinionStage == target.OpinionStage);

    public bool CanChange(AttachmentTarget target) => target.OpinionStage is { } stage
        ? stage == Stage && AttachmentAccess.OpinionAuthors(stage).Contains(User.Role, StringComparer.Ordinal)
        : DraftWritable;

    public EvidenceRequirementDto? Requirement(string indicatorKey, string? itemId) =>
        Requirements.FirstOrDefault(r => r.IndicatorKey == indicatorKey && r.ItemId == itemId);

    public static string DownloadUrl(AttachmentDto a) => $"/api/reports/{a.ReportId}/attachments/{a.Id}";

    public static string PreviewUrl(AttachmentDto a) => $"/api/reports/{a.ReportId}/attachments/{a.Id}/preview";
}
