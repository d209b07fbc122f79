namespace PerfEval.Host.Features.Reports;

/// <summary>Loads reports the caller may see, and says whether they may edit them.</summary>
public sealed class ReportAccess(PerfEvalDbContext db, OrgScope scope)
{
    /// <summary>The report, or 404 when it does not exist or is outside the caller's organisations.</summary>
    public async Task<Report> GetVisibleAsync(UserContext user, Guid id, CancellationToken ct, bool track = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = db.Reports.Include(r => r.Org).Include(r => r.Round).AsQueryable();
        if (!track)
        {
            query = query.AsNoTracking();
        }

        var report = await query.SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false);
        if (report is null || !await scope.CanSeeAsync(user, report.OrgId, ct).ConfigureAwait(false))
        {
            throw new NotFoundException(ReportsText.FormatReportAccessGetVisibleAsync(id));
        }

        return report;
    }

    /// <summary>Refuses (403/409) unless the caller may change the form of this report now.</summary>
    public static void EnsureCanEdit(UserContext user, Report report)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(report);
        if (!MayWrite(user, report.OrgId, report.Kind))
        {
            throw new ForbiddenException(ReportsText.FormatReportAccessEnsureCanEdit(user.RoleLabel, user.OrgName));
        }

        if (report.Stage != ReportStages.Draft)
        {
            throw new ConflictException(ReportsText.FormatReportAccessEnsureCanEdit2(ReportStages.Label(report.Stage)), report.Version);
        }
    }

    /// <summary>
    /// Who may write a report's form: its own organisation's preparer or head (for a department-overall report,
    /// the department prepares it, so its reviewer too), and the finance administrator.
    /// </summary>
    public static bool MayWrite(UserContext user, Guid reportOrgId, Rules.Model.ReportKind kind)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.FinanceAdmin))
        {
            return true;
        }

        return user.OrgId == reportOrgId
            && (user.IsInRole(Roles.Preparer) || user.IsInRole(Roles.UnitHead)
                || (kind == Rules.Model.ReportKind.Department && user.IsInRole(Roles.DepartmentReviewer)));
    }

    /// <summary>409 when the client's version is not the stored one.</summary>
    public static void EnsureVersion(Report report, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Version != expectedVersion)
        {
            throw new ConflictException(
                ReportsText.FormatReportAccessEnsureVersion(expectedVersion, report.Version),
                report.Version);
        }
    }
}
