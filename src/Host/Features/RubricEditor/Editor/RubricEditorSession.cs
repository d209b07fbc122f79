using PerfEval.Host.Components;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.RuleSets.Drafts;
using PerfEval.Host.Features.RuleSets.History;
using PerfEval.Host.Features.RuleSets.Publish;
using PerfEval.Host.Features.RuleSets.Retire;

namespace PerfEval.Host.Features.RubricEditor.Editor;

/// <summary>
/// What the rubric editor page does with stored versions, as the rule-set API's own commands and queries (authorization,
/// revision checks and audit are theirs): open, save the draft, publish, roll back, retire, import. One send per step the
/// API needs, then one query to reload: a publish is at most three sends.
/// </summary>
public sealed class RubricEditorSession(IUiSender ui, UserContext user)
{
    /// <summary>The rule set as last loaded or saved.</summary>
    public RuleSetHistory? History { get; private set; }

    /// <summary>Loads the rule set's versions and audit.</summary>
    /// <exception cref="NotFoundException">No such rule set.</exception>
    public async Task<RuleSetHistory> OpenAsync(string id, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return History = await ui.SendAsync(new GetRuleSetHistory(user, id), ct);
    }

    /// <summary>
    /// Writes <paramref name="json"/> as the draft: into the open draft, or a new draft copied from the current version and
    /// then written (a draft may hold problems while being edited).
    /// </summary>
    /// <exception cref="UiRefusal">The storage refused (stale revision, unreadable JSON), with its message.</exception>
    public async Task SaveDraftAsync(string json, CancellationToken ct = default)
    {
        var history = Opened();
        await Refusals(async () =>
        {
            var draft = history.Draft is { } d ? (d.Version, d.Revision)
                : await NewDraftAsync(history, null, ct);
            var saved = await ui.SendAsync(new UpdateRuleSetDraft(user, history.RuleSetId, draft.Version, draft.Revision, json), ct);
            History = With(history, saved.Info, json);
        });
    }

    /// <summary>Publishes <paramref name="json"/> with its change note: written into the draft (or a new draft holding it), published, reloaded.</summary>
    /// <exception cref="UiRefusal">No note, or the loader refused the rubric (every problem listed).</exception>
    public async Task PublishAsync(string json, string? note, bool dirty, CancellationToken ct = default)
    {
        var history = Opened();
        await Refusals(async () =>
        {
            int version;
            if (history.Draft is { } d)
            {
                if (dirty)
                {
                    await ui.SendAsync(new UpdateRuleSetDraft(user, history.RuleSetId, d.Version, d.Revision, json), ct);
                }

                version = d.Version;
            }
            else
            {
                // Publishing needs a rubric the loader accepts anyway: the new draft is created holding it, in one step.
                version = (await ui.SendAsync(new CreateRuleSetDraft(user, history.RuleSetId, null, json), ct)).Info.Version;
            }

            await ui.SendAsync(new PublishRuleSetVersion(user, history.RuleSetId, version, note), ct);
        });
        await OpenAsync(history.RuleSetId, ct);
    }

    /// <summary>Roll back: a new draft holding the content of <paramref name="version"/>.</summary>
    public async Task RollbackAsync(int version, CancellationToken ct = default)
    {
        var history = Opened();
        await Refusals(() => NewDraftAsync(history, version, ct));
        await OpenAsync(history.RuleSetId, ct);
    }

    /// <summary>Retires a published version (what is pinned to it keeps scoring with it).</summary>
    public async Task RetireAsync(int version, CancellationToken ct = default)
    {
        var history = Opened();
        await Refusals(() => ui.SendAsync(new RetireRuleSetVersion(user, history.RuleSetId, version, null), ct));
        await OpenAsync(history.RuleSetId, ct);
    }

    /// <summary>Imports a workflow JSON file (or a new rubric's skeleton) as a draft of the rule set it names; returns its id.</summary>
    /// <exception cref="UiRefusal">Not a rule-set file, or the loader refused it (every problem listed); nothing is stored.</exception>
    public async Task<string> ImportAsync(string json, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        string id;
        try
        {
            id = RubricDefinition.FromWorkflowJson(json).Id;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            throw new UiRefusal(RubricText.NotARuleSetFile + e.Message);
        }

        await Refusals(() => ui.SendAsync(new CreateRuleSetDraft(user, id, null, json), ct));
        return id;
    }

    private RuleSetHistory Opened() => History ?? throw new InvalidOperationException("Open the rule set first.");

    private async Task<(int Version, int Revision)> NewDraftAsync(RuleSetHistory history, int? from, CancellationToken ct)
    {
        var created = await ui.SendAsync(new CreateRuleSetDraft(user, history.RuleSetId, from ?? (history.Published ?? history.Versions[^1]).Version, null), ct);
        return (created.Info.Version, created.Info.Revision);
    }

    /// <summary>The loaded history with the draft now holding <paramref name="json"/> at <paramref name="info"/>'s revision (no reload needed).</summary>
    private static RuleSetHistory With(RuleSetHistory history, RuleSetVersionInfo info, string json)
    {
        var draft = new RuleSetHistoryVersion(info.Version, info.Status, json, info.ChangeNote, info.UpdatedBy, info.UpdatedAtUtc, info.Revision);
        return history with { Versions = [.. history.Versions.Where(v => v.Version != info.Version), draft] };
    }

    // The storage's refusals reach the page as one message with every problem listed.
    private static async Task Refusals(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (RuleSetInvalidException e)
        {
            throw new UiRefusal(e.Message);
        }
        catch (ValidationException e)
        {
            throw new UiRefusal(string.Join("；", e.Errors.Select(x => x.ErrorMessage)));
        }
        catch (Exception e) when (e is BadInputException or ConflictException or NotFoundException)
        {
            throw new UiRefusal(e.Message);
        }
    }
}

/// <summary>A refusal the page shows as it is (the message already says what to fix).</summary>
public sealed class UiRefusal(string message) : Exception(message);
