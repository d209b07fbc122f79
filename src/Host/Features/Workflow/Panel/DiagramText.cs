namespace PerfEval.Host.Features.Workflow.Panel;

/// <summary>
/// Makes the workflow's Mermaid text fit the Chinese side panel: transition labels show the action's Chinese label
/// instead of its code, and the guard descriptions (shown as refusal reasons beside the buttons) are dropped.
/// </summary>
public static partial class DiagramText
{
    public static string Localize(string mermaid, WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(mermaid);
        ArgumentNullException.ThrowIfNull(definition);
        var labels = definition.Stages.SelectMany(s => s.Actions.Select(a => (Key: (s.Code, a.Code), a.Label)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Label);
        var lines = mermaid.Split('\n').Select(line =>
        {
            var m = Transition().Match(line);
            if (!m.Success)
            {
                return line;
            }

            var from = m.Groups["from"].Value;
            var code = m.Groups["code"].Value;
            var label = labels.GetValueOrDefault((from, code), code);
            return $"{m.Groups["indent"].Value}{from} --> {m.Groups["to"].Value} : {label}";
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<from>[A-Za-z0-9_]+) --> (?<to>[A-Za-z0-9_]+) : (?<code>[A-Za-z0-9_\-]+)(?<rest>.*?)\r?$")]
    private static partial Regex Transition();
}
