namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>The condition templates of the designer: the administrator fills in numbers and codes, the template writes the expression.</summary>
public enum RouteTemplate
{
    /// <summary>计划安排资金 ≥ N 万元: <c>input.PlannedTotal &gt;= Nm</c>.</summary>
    AmountAtLeast,

    /// <summary>得分低于某一等次: <c>input.Score &lt; Xm</c> (X the lower bound of the grade).</summary>
    ScoreBelowGrade,

    /// <summary>单位属于列表: <c>input.OrgCode == "A" || input.OrgCode == "B"</c>.</summary>
    OrgInList,

    /// <summary>A raw expression (advanced), checked like every other.</summary>
    Advanced,

    /// <summary>No condition: the default route (last).</summary>
    Default,
}

/// <summary>Writes and reads back the expressions of <see cref="RouteTemplate"/>.</summary>
public static partial class RouteTemplates
{
    /// <summary>The grades and the lowest score of each (财政部 bands).</summary>
    public static readonly IReadOnlyList<(string Grade, decimal From)> Grades = [("优", 90m), ("良", 80m), ("中", 60m)];

    /// <summary>The expression of a template; <c>null</c> for <see cref="RouteTemplate.Default"/>.</summary>
    public static string? Write(RouteTemplate template, decimal? amount, string? grade, string? orgCodes, string? advanced) => template switch
    {
        RouteTemplate.AmountAtLeast => $"input.PlannedTotal >= {(amount ?? 0m).ToString(CultureInfo.InvariantCulture)}m",
        RouteTemplate.ScoreBelowGrade => $"input.Score < {Grades.FirstOrDefault(g => g.Grade == grade).From.ToString(CultureInfo.InvariantCulture)}m",
        RouteTemplate.OrgInList => string.Join(" || ", Codes(orgCodes).DefaultIfEmpty("").Select(c => $"input.OrgCode == \"{c}\"")),
        RouteTemplate.Advanced => advanced ?? "",
        _ => null,
    };

    /// <summary>The organisation codes of a list typed with commas, 、 or spaces (quotes and backslashes dropped).</summary>
    public static IReadOnlyList<string> Codes(string? text) =>
        (text ?? "").Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)).Where(c => c.Length > 0).Distinct().ToList();

    /// <summary>The template an expression was written by, with its parameters; <see cref="RouteTemplate.Advanced"/> otherwise.</summary>
    public static (RouteTemplate Template, decimal? Amount, string? Grade, string? OrgCodes) Read(string? expression)
    {
        if (expression is null)
        {
            return (RouteTemplate.Default, null, null, null);
        }

        if (Amount().Match(expression) is { Success: true } a && decimal.TryParse(a.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return (RouteTemplate.AmountAtLeast, n, null, null);
        }

        if (Score().Match(expression) is { Success: true } s
            && Grades.FirstOrDefault(g => g.From.ToString(CultureInfo.InvariantCulture) == s.Groups[1].Value) is { Grade: { } grade })
        {
            return (RouteTemplate.ScoreBelowGrade, null, grade, null);
        }

        if (OrgList().IsMatch(expression))
        {
            return (RouteTemplate.OrgInList, null, null, string.Join(", ", OrgCode().Matches(expression).Select(m => m.Groups[1].Value)));
        }

        return (RouteTemplate.Advanced, null, null, null);
    }

    [GeneratedRegex(@"^input\.PlannedTotal >= ([0-9]+(?:\.[0-9]+)?)m$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^input\.Score < ([0-9]+(?:\.[0-9]+)?)m$")]
    private static partial Regex Score();

    [GeneratedRegex(@"^input\.OrgCode == ""[^""\\]+""( \|\| input\.OrgCode == ""[^""\\]+"")*$")]
    private static partial Regex OrgList();

    [GeneratedRegex(@"input\.OrgCode == ""([^""\\]+)""")]
    private static partial Regex OrgCode();
}
