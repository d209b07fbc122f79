using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;

namespace PerfEval.Host.Features.RubricEditor;

/// <summary>
/// Interim <see cref="IRubricStore"/> until the rule-set storage (feat/rules-host) lands: a process-wide store
/// seeded with the shipped scoring rubrics of <c>rule-sets/</c> as published version 1. Not persisted across restarts.
/// </summary>
public sealed class InMemoryRubricStore(TimeProvider clock, IHostEnvironment env) : IRubricStore
{
    private sealed class Entry
    {
        public required string Id { get; init; }

        public List<RubricVersionInfo> Versions { get; } = [];

        public List<RubricAuditEntry> Audit { get; } = [];
    }

    private readonly Lock _gate = new();
    private Dictionary<string, Entry>? _entries;

    public Task<IReadOnlyList<RubricSummary>> ListAsync(UserContext user, CancellationToken ct = default)
    {
        Guard(user);
        lock (_gate)
        {
            IReadOnlyList<RubricSummary> list = [.. Entries().Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e =>
            {
                var r = Snapshot(e);
                return new RubricSummary(e.Id, r.Title, r.Published?.Version, r.Draft?.Version, e.Versions.Count, e.Versions.Max(v => v.AtUtc));
            })];
            return Task.FromResult(list);
        }
    }

    public Task<RubricRecord> GetAsync(UserContext user, string id, CancellationToken ct = default)
    {
        Guard(user);
        lock (_gate)
        {
            return Task.FromResult(Snapshot(Find(id)));
        }
    }

    public Task<RubricRecord> SaveDraftAsync(UserContext user, string id, string json, CancellationToken ct = default)
    {
        Guard(user);
        var definition = Parse(json);
        if (!string.Equals(definition.Id, id, StringComparison.Ordinal))
        {
            throw new BadInputException("json", $"文件中的规则集 id「{definition.Id}」与「{id}」不一致");
        }

        lock (_gate)
        {
            var e = Find(id);
            SaveDraft(e, definition, user, "保存草稿");
            return Task.FromResult(Snapshot(e));
        }
    }

    public Task<RubricRecord> PublishAsync(UserContext user, string id, string changeNote, CancellationToken ct = default)
    {
        Guard(user);
        if (string.IsNullOrWhiteSpace(changeNote))
        {
            throw new BadInputException("changeNote", "发布必须填写变更说明");
        }

        lock (_gate)
        {
            var e = Find(id);
            var draftIndex = e.Versions.FindLastIndex(v => v.Status == RubricVersionStatus.Draft);
            if (draftIndex < 0)
            {
                throw new BadInputException("draft", "没有可发布的草稿");
            }

            var draft = e.Versions[draftIndex];
            var load = RuleSetLoader.Load(draft.Json);
            if (!load.Succeeded)
            {
                throw new BadInputException("draft", "草稿未通过校验：" + string.Join("；", load.Problems));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            for (var n = 0; n < e.Versions.Count; n++)
            {
                if (e.Versions[n].Status == RubricVersionStatus.Published)
                {
                    e.Versions[n] = e.Versions[n] with { Status = RubricVersionStatus.Retired };
                }
            }

            e.Versions[draftIndex] = draft with { Status = RubricVersionStatus.Published, ChangeNote = changeNote.Trim(), Author = user.DisplayName, AtUtc = now };
            e.Audit.Add(new(now, user.DisplayName, "发布", draft.Version, changeNote.Trim()));
            return Task.FromResult(Snapshot(e));
        }
    }

    public Task<RubricRecord> DraftFromVersionAsync(UserContext user, string id, int version, CancellationToken ct = default)
    {
        Guard(user);
        lock (_gate)
        {
            var e = Find(id);
            var old = e.Versions.FirstOrDefault(v => v.Version == version) ?? throw new NotFoundException($"规则集 {id} 没有第 {version} 版");
            SaveDraft(e, RubricDefinition.FromWorkflowJson(old.Json), user, $"由第 {version} 版创建草稿（回滚）");
            return Task.FromResult(Snapshot(e));
        }
    }

    public Task<RubricRecord> ImportAsync(UserContext user, string json, CancellationToken ct = default)
    {
        Guard(user);
        ArgumentNullException.ThrowIfNull(json);
        var load = RuleSetLoader.Load(json);
        if (!load.Succeeded)
        {
            throw new BadInputException("file", "导入的文件有 " + load.Problems.Count + " 个问题：" + string.Join("；", load.Problems));
        }

        var definition = load.RuleSet!.Definition;
        lock (_gate)
        {
            var entries = Entries();
            if (!entries.TryGetValue(definition.Id, out var e))
            {
                e = new Entry { Id = definition.Id };
                entries.Add(e.Id, e);
            }

            SaveDraft(e, definition, user, "导入 JSON 文件");
            return Task.FromResult(Snapshot(e));
        }
    }

    private void SaveDraft(Entry e, RubricDefinition definition, UserContext user, string action)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draftIndex = e.Versions.FindLastIndex(v => v.Status == RubricVersionStatus.Draft);
        var version = draftIndex >= 0 ? e.Versions[draftIndex].Version : (e.Versions.Count == 0 ? 1 : e.Versions.Max(v => v.Version) + 1);
        definition.Version = version;
        var info = new RubricVersionInfo(version, RubricVersionStatus.Draft, definition.ToWorkflowJson(), null, user.DisplayName, now);
        if (draftIndex >= 0)
        {
            e.Versions[draftIndex] = info;
        }
        else
        {
            e.Versions.Add(info);
        }

        e.Audit.Add(new(now, user.DisplayName, action, version, null));
    }

    private static RubricDefinition Parse(string json)
    {
        try
        {
            return RubricDefinition.FromWorkflowJson(json);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            throw new BadInputException("json", "不是规则集文件：" + ex.Message);
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

    private Entry Find(string id) =>
        Entries().TryGetValue(id ?? "", out var e) ? e : throw new NotFoundException($"评分标准 {id} 不存在");

    private static RubricRecord Snapshot(Entry e)
    {
        var current = e.Versions.LastOrDefault(v => v.Status == RubricVersionStatus.Draft) ?? e.Versions[^1];
        var title = RubricDefinition.FromWorkflowJson(current.Json).Title;
        return new RubricRecord(e.Id, title, [.. e.Versions], [.. e.Audit]);
    }

    // Seeded on first use from the shipped files (scoring rubrics only: checks are not edited here).
    private Dictionary<string, Entry> Entries()
    {
        if (_entries is not null)
        {
            return _entries;
        }

        _entries = new(StringComparer.Ordinal);
        var dir = new[] { Path.Combine(AppContext.BaseDirectory, "rule-sets"), Path.Combine(env.ContentRootPath, "..", "..", "rule-sets") }
            .FirstOrDefault(Directory.Exists);
        if (dir is null)
        {
            return _entries;
        }

        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var file in Directory.EnumerateFiles(dir, "rubric-*.json").Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(file);
            var definition = RubricDefinition.FromWorkflowJson(json);
            if (definition.Kind != RubricKind.Scoring)
            {
                continue;
            }

            var e = new Entry { Id = definition.Id };
            e.Versions.Add(new(definition.Version, RubricVersionStatus.Published, json, "随系统发布的评分标准", "系统", at));
            e.Audit.Add(new(at, "系统", "发布", definition.Version, "随系统发布的评分标准"));
            _entries[e.Id] = e;
        }

        return _entries;
    }
}
