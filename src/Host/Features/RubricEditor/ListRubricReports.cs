using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Impact;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.RubricEditor;

/// <summary>
/// The stored reports a rubric scores, for the impact analysis: reports of rounds that pin the rubric, plus —
/// for rounds that pin none — reports of the rubric's report kind. Only the caller's visible organisations.
/// </summary>
public sealed record ListRubricReports(UserContext User, string RubricId, ReportKind? Kind) : IQuery<IReadOnlyList<ImpactSubject>>;

public sealed class ListRubricReportsHandler(PerfEvalDbContext db, OrgScope scope) : IQueryHandler<ListRubricReports, IReadOnlyList<ImpactSubject>>
{
    public async ValueTask<IReadOnlyList<ImpactSubject>> Handle(ListRubricReports query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.User.IsInRole(Roles.FinanceAdmin))
        {
            throw new ForbiddenException("只有财政管理员可以做影响分析");
        }

        var orgIds = await scope.VisibleOrgIdsAsync(query.User.OrgId, cancellationToken);
        var id = query.RubricId;
        var kind = query.Kind;
        var rows = await db.Reports.AsNoTracking()
            .Where(r => orgIds.Contains(r.OrgId) && r.RoundId != null)
            .Where(r => r.Round!.RuleSetId == id || (r.Round.RuleSetId == null && kind != null && r.Kind == kind))
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, OrgName = r.Org!.Name, r.Content })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ImpactSubject(r.Id.ToString(), $"{r.OrgName}：{(string.IsNullOrWhiteSpace(r.Title) ? "（未命名）" : r.Title)}", r.Content))];
    }
}
