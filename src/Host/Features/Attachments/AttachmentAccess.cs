namespace PerfEval.Host.Features.Attachments;

/// <summary>
/// Who may add or remove a report's files, and when: files of the report, an indicator or a checklist item only while the
/// report is a draft, by those who may write its form (<see cref="ReportAccess.MayWrite"/>); files of a stage's opinion only
/// while the report is at that stage, by the role that signs that stage. Seeing (listing, downloading) follows the report:
/// anyone who may see the report sees its files, everyone else gets 404.
/// </summary>
public static class AttachmentAccess
{
    /// <summary>The roles that write the opinion of each stage.</summary>
    public static IReadOnlyList<string> OpinionAuthors(string stage) => stage switch
    {
        ReportStages.UnitSignOff => [Roles.UnitHead, Roles.FinanceAdmin],
        ReportStages.DepartmentApproval => [Roles.DepartmentReviewer, Roles.FinanceAdmin],
        ReportStages.FinanceReview => [Roles.FinanceReviewer, Roles.FinanceAdmin],
        _ => [],
    };

    /// <summary>Stages that have an opinion box.</summary>
    public static bool HasOpinion(string stage) => OpinionAuthors(stage).Count > 0;

    /// <summary>Refuses (403/409) unless <paramref name="user"/> may add or remove files at <paramref name="target"/> now.</summary>
    public static void EnsureCanChange(UserContext user, Report report, AttachmentTarget target)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(target);
        if (target.OpinionStage is { } stage)
        {
            if (!OpinionAuthors(stage).Contains(user.Role, StringComparer.Ordinal))
            {
                throw new ForbiddenException(AttachmentText.NotOpinionAuthor(stage, user.RoleLabel));
            }

            if (report.Stage != stage)
            {
                throw new ConflictException(AttachmentText.OpinionStageClosed(stage, report.Stage), report.Version);
            }

            return;
        }

        if (!ReportAccess.MayWrite(user, report.OrgId, report.Kind))
        {
            ReportAccess.EnsureCanEdit(user, report);
        }

        if (report.Stage != ReportStages.Draft)
        {
            throw new ConflictException(AttachmentText.NotDraft(report.Stage), report.Version);
        }
    }
}
