using PerfEval.Host.Domain;
using PerfEval.Workflows.Definitions;

namespace PerfEval.Bench;

/// <summary>
/// The history rows a generated report's climb up the shipped project ladder leaves, as the workflow would write them:
/// 提交 by the unit's preparer, 同意 by the unit head, the department reviewer and the finance reviewer, one step per stage
/// passed, the last one at the moment the report entered its stage; a returned draft was submitted and sent back by the
/// unit head with an opinion. Sets the report's <see cref="Report.ReturnCount"/> and <see cref="Report.Version"/> to match.
/// </summary>
/// <param name="definitionId">The published project workflow the steps ran on.</param>
/// <param name="definitionVersion">Its version.</param>
/// <param name="organisations">Every organisation by id (actors' organisation names).</param>
internal sealed class BenchLadder(string definitionId, int definitionVersion, IReadOnlyDictionary<Guid, Organisation> organisations)
{
    private static readonly (string From, string To, string Role, string User)[] Steps =
    [
        (ReportStages.Draft, ReportStages.UnitSignOff, Roles.Preparer, "preparer"),
        (ReportStages.UnitSignOff, ReportStages.DepartmentApproval, Roles.UnitHead, "unithead"),
        (ReportStages.DepartmentApproval, ReportStages.FinanceReview, Roles.DepartmentReviewer, "deptreviewer"),
        (ReportStages.FinanceReview, ReportStages.Accepted, Roles.FinanceReviewer, "financereviewer"),
    ];

    /// <summary>The rows for <paramref name="report"/> (none for a draft never submitted).</summary>
    public IEnumerable<ReportHistoryEntry> Climb(Report report, bool returned)
    {
        ArgumentNullException.ThrowIfNull(report);
        var moves = new List<(string From, string To, string Role, string User, string Action)>();
        if (returned)
        {
            moves.Add((Steps[0].From, Steps[0].To, Steps[0].Role, Steps[0].User, ActionCodes.Submit));
            moves.Add((ReportStages.UnitSignOff, ReportStages.Draft, Roles.UnitHead, "unithead", ActionCodes.Return));
        }
        else
        {
            var climbed = ReportStages.Ladder.ToList().IndexOf(report.Stage);
            moves.AddRange(Steps.Take(climbed).Select((s, i) => (s.From, s.To, s.Role, s.User, i == 0 ? ActionCodes.Submit : ActionCodes.Approve)));
        }

        var rows = new List<ReportHistoryEntry>(moves.Count);
        for (var i = 0; i < moves.Count; i++)
        {
            var (from, to, role, user, action) = moves[i];
            var org = ActorOrg(report.OrgId, role);
            rows.Add(new ReportHistoryEntry
            {
                ReportId = report.Id, Seq = i + 1, ActorUserName = $"bench-{user}", ActorDisplayName = $"测试{Roles.Label(role)}", ActorRole = role,
                ActorOrgId = org.Id, ActorOrgName = org.Name, AtUtc = report.StageEnteredAtUtc.AddDays(i + 1 - moves.Count),
                FromStage = from, ToStage = to, Action = action,
                ActionLabel = action switch { ActionCodes.Submit => "提交", ActionCodes.Return => "退回修改", _ => "同意" },
                Comment = action == ActionCodes.Return ? "绩效目标完成情况未附佐证材料，请补充后重新提交。" : null,
                DefinitionId = definitionId, DefinitionVersion = definitionVersion, ReportVersion = i + 1,
            });
        }

        report.ReturnCount = returned ? 1 : 0;
        report.Version = moves.Count + 1;
        return rows;
    }

    private Organisation ActorOrg(Guid reportOrgId, string role)
    {
        var unit = organisations[reportOrgId];
        return role switch
        {
            Roles.DepartmentReviewer => organisations[unit.ParentId!.Value],
            Roles.FinanceReviewer => organisations[organisations[unit.ParentId!.Value].ParentId!.Value],
            _ => unit,
        };
    }
}
