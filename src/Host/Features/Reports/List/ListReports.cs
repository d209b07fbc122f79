namespace PerfEval.Host.Features.Reports.List;

/// <summary>
/// What a list of reports is narrowed to (also used by exports and dashboards); <paramref name="Title"/> is a part of the
/// title (any case).
/// </summary>
public sealed record ReportFilter(Guid? RoundId = null, Guid? OrgId = null, ReportKind? Kind = null, string? Stage = null, string? Grade = null, int? Year = null, string? Title = null);

/// <summary>Reports of the caller's organisations, filtered and paged, newest first.</summary>
public sealed record ListReports(UserContext User, ReportFilter Filter, int Page = 1, int PageSize = 20) : IQuery<Paged<ReportSummary>>;

public sealed class ListReportsValidator : AbstractValidator<ListReports>
{
    public ListReportsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(ReportsText.ListReportsValidator);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).WithMessage(ReportsText.ListReportsValidator2);
        RuleFor(q => q.Filter.Title).MaximumLength(ReportFilterLimits.TitleLength).OverridePropertyName("title").WithMessage(ReportsText.TitleSearchTooLong);
    }
}

public sealed class ListReportsHandler(PerfEvalDbContext db, OrgScope scope, ReportCounts counts) : IQueryHandler<ListReports, Paged<ReportSummary>>
{
    public async ValueTask<Paged<ReportSummary>> Handle(ListReports query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = (await ApplyAsync(db, scope, query.User, query.Filter, cancellationToken)).AsNoTracking();
        // The reports a user sees follow from their organisation and the filter; the total is kept while nothing changes.
        var total = await counts.CountAsync(visible, $"reports|{query.User.OrgId}|{query.Filter}", cancellationToken);
        // The page's ids first, from the indexes alone — (Year desc, Title, Id), or (OrgId, Year desc, Title, Id) covering the
        // sort of one organisation's or one department's reports — then those rows with their organisation and round; only
        // the listed columns are read, never the form itself.
        var ids = await visible
            .OrderByDescending(r => r.Year).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var fetched = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.Kind, r.Title, r.Year, r.OrgId, OrgCode = r.Org!.Code, OrgName = r.Org.Name, r.RoundId,
                RoundName = r.Round != null ? r.Round.Name : null, r.Stage, r.StatedScore, r.StatedGrade, r.ScoredTotal, r.ScoredGrade,
                r.ReviewedScore, r.ReviewedGrade, r.Version, r.UpdatedAtUtc,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var rows = ids.Where(fetched.ContainsKey).Select(id => fetched[id]);
        var items = rows.Select(r => ReportSummary.From(new Domain.Report
        {
            Id = r.Id, Kind = r.Kind, Title = r.Title, Year = r.Year, OrgId = r.OrgId,
            Org = new Domain.Organisation { Id = r.OrgId, Code = r.OrgCode, Name = r.OrgName },
            RoundId = r.RoundId, Round = r.RoundName is null ? null : new Domain.EvaluationRound { Name = r.RoundName },
            Stage = r.Stage, StatedScore = r.StatedScore, StatedGrade = r.StatedGrade, ScoredTotal = r.ScoredTotal, ScoredGrade = r.ScoredGrade,
            ReviewedScore = r.ReviewedScore, ReviewedGrade = r.ReviewedGrade, Version = r.Version, UpdatedAtUtc = r.UpdatedAtUtc,
        }));
        return new Paged<ReportSummary>([.. items], query.Page, query.PageSize, total);
    }

    /// <summary>The caller's visible reports with the filter applied (shared with exports and dashboards).</summary>
    public static async Task<IQueryable<Domain.Report>> ApplyAsync(PerfEvalDbContext db, OrgScope scope, UserContext user, ReportFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var orgIds = await scope.VisibleOrgIdsAsync(user.OrgId, ct);
        if (filter.OrgId is { } only)
        {
            var below = await scope.VisibleOrgIdsAsync(only, ct);
            orgIds.IntersectWith(below);
        }

        // Seeing every organisation (the finance bureau) needs no filter: a list of thousands of ids would defeat the indexes.
        var everyOrg = (await scope.AllAsync(ct)).All(o => orgIds.Contains(o.Id));
        var q = everyOrg ? db.Reports : db.Reports.Where(r => orgIds.Contains(r.OrgId));
        if (filter.RoundId is { } round)
        {
            q = q.Where(r => r.RoundId == round);
        }

        if (filter.Kind is { } kind)
        {
            q = q.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            q = q.Where(r => r.Stage == filter.Stage);
        }

        if (!string.IsNullOrWhiteSpace(filter.Grade))
        {
            // The grade people see beside the score shown (Report.ShownGrade), written out so the database can filter.
            q = q.Where(r => r.ReviewedScore != null ? r.ReviewedGrade == filter.Grade
                : r.ScoredTotal != null ? r.ScoredGrade == filter.Grade
                : r.StatedGrade == filter.Grade);
        }

        if (filter.Year is { } year)
        {
            q = q.Where(r => r.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(filter.Title))
        {
            // Lower-cased on both sides so Latin letters match in any case on SQLite and PostgreSQL alike; a scan of the
            // rows the other filters leave, which is what a typed search over one bureau's reports can afford.
            var part = filter.Title.Trim().ToLowerInvariant();
            q = q.Where(r => r.Title.ToLower().Contains(part));
        }

        return q;
    }
}

/// <summary>Limits of the list filters.</summary>
public static class ReportFilterLimits
{
    /// <summary>Longest title search accepted (a stored title is at most 300 characters).</summary>
    public const int TitleLength = 300;
}
