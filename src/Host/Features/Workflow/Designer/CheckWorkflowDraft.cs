using PerfEval.Host.Features.Workflow.Panel;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>
/// Checks a definition being designed (FinanceAdmin): every problem naming its place (unreachable stage, no way to a terminal
/// stage, action without actor, a condition the rules engine refuses, a missing default route) and, when it can be drawn,
/// its Mermaid diagram. Nothing is stored.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record CheckWorkflowDraft(UserContext User, JsonElement Definition) : IQuery<DraftCheck>, IUserMessage;

/// <summary>The problems of a draft (empty when it may be published) and its diagram (null when it cannot be drawn).</summary>
public sealed record DraftCheck(IReadOnlyList<DefinitionError> Errors, string? Mermaid)
{
    /// <summary>Whether the draft may be published.</summary>
    public bool Valid => Errors.Count == 0;
}

public sealed partial class CheckWorkflowDraftHandler : IQueryHandler<CheckWorkflowDraft, DraftCheck>
{
    public ValueTask<DraftCheck> Handle(CheckWorkflowDraft query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (definition, errors) = DraftDefinition.Read(query.Definition);
        return ValueTask.FromResult(new DraftCheck(errors, definition is null ? null : Draw(definition)));
    }

    /// <summary>The designer's diagram: Chinese action labels, each route's condition on its edge; null when it cannot be drawn.</summary>
    public static string? Draw(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Stages.Any(s => s is null || s.Actions is null || s.Actions.Any(a => a is null || a.Targets.Any(string.IsNullOrEmpty))))
        {
            return null; // a target still to be chosen: the page keeps the last drawing
        }

        try
        {
            var lines = DiagramText.Localize(WorkflowDiagram.ToMermaid(definition), definition).Split('\n').Select(line =>
            {
                // A route's edge: add its condition after the action's label.
                var m = Edge().Match(line);
                if (!m.Success || definition.FindStage(m.Groups["from"].Value)?.Actions.FirstOrDefault(a => a.HasRoutes && a.Label == m.Groups["label"].Value) is not { } action)
                {
                    return line;
                }

                var conditions = action.Routes!.Where(r => r.To == m.Groups["to"].Value).Select(r => r.When is null ? DesignerText.Default : Safe(r.When));
                return $"{line}（{string.Join(" / ", conditions)}）";
            });
            return string.Join('\n', lines);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or KeyNotFoundException)
        {
            return null; // an incomplete draft (duplicate or empty codes): the problems list says why
        }
    }

    /// <summary>A condition as Mermaid label text (characters Mermaid reads as syntax replaced).</summary>
    private static string Safe(string condition)
        => condition.Replace('"', '\'').Replace(':', '：').Replace(';', '；').Replace('#', '＃').Replace('\n', ' ');

    [GeneratedRegex(@"^\s*(?<from>[A-Za-z0-9_]+) --> (?<to>[A-Za-z0-9_]+) : (?<label>.+?)\r?$")]
    private static partial Regex Edge();
}
