using FluentValidation;
using Mediator;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.RuleSets.Audit;
using PerfEval.Host.Features.RuleSets.Drafts;
using PerfEval.Host.Features.RuleSets.Get;
using PerfEval.Host.Features.RuleSets.List;
using PerfEval.Host.Features.RuleSets.Publish;
using PerfEval.Host.Features.RuleSets.Retire;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Definitions;

namespace PerfEval.Host.Features.RubricEditor;

/// <summary>
/// <see cref="IRubricStore"/> over the rule-set storage (database versions and audit, feat/rules-host): every call is
/// one of its Mediator messages in a fresh scope, so authorization, revision checks and audit are its handlers'.
/// Its refusals are translated to <see cref="BadInputException"/> with every problem listed, which the page shows.
/// </summary>
public sealed class RuleSetRubricStore(IServiceScopeFactory scopes) : IRubricStore
{
    public async Task<IReadOnlyList<RubricSummary>> ListAsync(UserContext user, CancellationToken ct = default)
    {
        Guard(user);
        var sets = await SendAsync(new ListRuleSets(), ct);
        return [.. sets.Where(s => s.Kind == RubricKind.Scoring).OrderBy(s => s.RuleSetId, StringComparer.Ordinal).Select(s => new RubricSummary(
            s.RuleSetId, s.Name, s.LatestPublishedVersion,
            s.Versions.Where(v => v.Status == RuleSetStatus.Draft).Select(v => (int?)v.Version).Max(),
            s.Versions.Count, s.Versions.Max(v => v.UpdatedAtUtc)))];
    }

    public async Task<RubricRecord> GetAsync(UserContext user, string id, CancellationToken ct = default)
    {
        Guard(user);
        var set = (await SendAsync(new ListRuleSets(), ct)).FirstOrDefault(s => s.RuleSetId == id && s.Kind == RubricKind.Scoring)
            ?? throw new NotFoundException($"评分标准 {id} 不存在");
        var versions = new List<RubricVersionInfo>();
        foreach (var v in set.Versions.OrderBy(v => v.Version))
        {
            var detail = await SendAsync(new GetRuleSetVersion(id, v.Version), ct);
            versions.Add(new RubricVersionInfo(
                v.Version, Map(v.Status), detail.Json, v.ChangeNote, v.PublishedBy ?? v.UpdatedBy, v.PublishedAtUtc ?? v.UpdatedAtUtc));
        }

        var audit = await SendAsync(new GetRuleSetAudit(id), ct);
        return new RubricRecord(id, set.Name, versions,
            [.. audit.Select(a => new RubricAuditEntry(a.AtUtc, a.UserName, ActionLabel(a.Action), a.Version, a.Detail))]);
    }

    public async Task<RubricRecord> SaveDraftAsync(UserContext user, string id, string json, CancellationToken ct = default)
    {
        Guard(user);
        var set = (await SendAsync(new ListRuleSets(), ct)).FirstOrDefault(s => s.RuleSetId == id) ?? throw new NotFoundException($"评分标准 {id} 不存在");
        var draft = set.Versions.Where(v => v.Status == RuleSetStatus.Draft).MaxBy(v => v.Version);
        if (draft is null)
        {
            // A draft may hold problems while being edited: open it as a copy of the latest version, then write the text.
            var from = set.LatestPublishedVersion ?? set.Versions.Max(v => v.Version);
            draft = (await SendAsync(new CreateRuleSetDraft(user, id, from, null), ct)).Info;
        }

        await SendAsync(new UpdateRuleSetDraft(user, id, draft.Version, draft.Revision, json), ct);
        return await GetAsync(user, id, ct);
    }

    public async Task<RubricRecord> PublishAsync(UserContext user, string id, string changeNote, CancellationToken ct = default)
    {
        Guard(user);
        if (string.IsNullOrWhiteSpace(changeNote))
        {
            throw new BadInputException("changeNote", "发布必须填写变更说明");
        }

        var set = (await SendAsync(new ListRuleSets(), ct)).FirstOrDefault(s => s.RuleSetId == id) ?? throw new NotFoundException($"评分标准 {id} 不存在");
        var draft = set.Versions.Where(v => v.Status == RuleSetStatus.Draft).MaxBy(v => v.Version) ?? throw new BadInputException("draft", "没有可发布的草稿");
        await SendAsync(new PublishRuleSetVersion(user, id, draft.Version, changeNote.Trim()), ct);
        return await GetAsync(user, id, ct);
    }

    public async Task<RubricRecord> RetireAsync(UserContext user, string id, int version, CancellationToken ct = default)
    {
        Guard(user);
        await SendAsync(new RetireRuleSetVersion(user, id, version, null), ct);
        return await GetAsync(user, id, ct);
    }

    public async Task<RubricRecord> DraftFromVersionAsync(UserContext user, string id, int version, CancellationToken ct = default)
    {
        Guard(user);
        await SendAsync(new CreateRuleSetDraft(user, id, version, null), ct);
        return await GetAsync(user, id, ct);
    }

    public async Task<RubricRecord> ImportAsync(UserContext user, string json, CancellationToken ct = default)
    {
        Guard(user);
        ArgumentNullException.ThrowIfNull(json);
        string id;
        try
        {
            id = RubricDefinition.FromWorkflowJson(json).Id;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            throw new BadInputException("file", "不是规则集文件：" + e.Message);
        }

        await SendAsync(new CreateRuleSetDraft(user, id, null, json), ct);
        return await GetAsync(user, id, ct);
    }

    private readonly Components.UiMediator _ui = new(scopes);

    private Task<T> SendAsync<T>(ICommand<T> command, CancellationToken ct) => Translate(() => _ui.SendAsync(command, ct));

    private Task<T> SendAsync<T>(IQuery<T> query, CancellationToken ct) => Translate(() => _ui.SendAsync(query, ct));

    // The storage's refusals become the BadInputException the page shows, with every problem listed.
    private static async Task<T> Translate<T>(Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (RuleSetInvalidException e)
        {
            throw new BadInputException("ruleSet", e.Message);
        }
        catch (ValidationException e)
        {
            throw new BadInputException("ruleSet", string.Join("；", e.Errors.Select(x => x.ErrorMessage)));
        }
    }

    private static void Guard(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.FinanceAdmin))
        {
            throw new ForbiddenException("只有财政管理员可以维护评分标准");
        }
    }

    private static RubricVersionStatus Map(RuleSetStatus s) => s switch
    {
        RuleSetStatus.Draft => RubricVersionStatus.Draft,
        RuleSetStatus.Published => RubricVersionStatus.Published,
        _ => RubricVersionStatus.Retired,
    };

    private static string ActionLabel(string action) => action switch
    {
        "shipped" => "随系统发布",
        "created" => "新建草稿",
        "imported" => "导入 JSON 文件",
        "updated" => "保存草稿",
        "published" => "发布",
        "retired" => "停用",
        _ => action,
    };
}
