using PerfEval.Rules.Templates;

namespace PerfEval.Host.Features.RubricEditor;

/// <summary>
/// The editor's view-model over a <see cref="RubricDefinition"/>: tree operations that keep keys stable
/// (reports' answers refer to them), template switching with sensible default parameters, running sums, and
/// verification (structural on every edit, the full loader — compile, whitelist, dry run — on demand).
/// The page and the tests drive the same class.
/// </summary>
public sealed class RubricEditorModel
{
    /// <summary>The qualitative bands a new indicator starts with (the rules library's defaults; band ids are rubric data).</summary>
    public static List<QualitativeBand> DefaultBands() =>
    [
        new() { Id = "达成", LowerPercent = 80, UpperPercent = 100 },
        new() { Id = "部分达成", LowerPercent = 60, UpperPercent = 80 },
        new() { Id = "未达成", LowerPercent = 0, UpperPercent = 60 },
    ];

    public RubricEditorModel(RubricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        Revalidate();
    }

    public RubricDefinition Definition { get; private set; }

    /// <summary>Problems of the last check (structural, or full after <see cref="FullCheck"/>).</summary>
    public IReadOnlyList<RuleSetProblem> Problems { get; private set; } = [];

    /// <summary>The rule set the last full check loaded (for try-it and impact), <c>null</c> while problems remain.</summary>
    public LoadedRuleSet? Loaded { get; private set; }

    public bool IsValid => Problems.Count == 0;

    /// <summary>A new scoring rubric with one level-1 group of 100 points (the caller adds the rest).</summary>
    public static RubricEditorModel NewRubric(string id, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new RubricEditorModel(new RubricDefinition
        {
            Id = id.Trim(),
            Title = string.IsNullOrWhiteSpace(title) ? id.Trim() : title.Trim(),
            Kind = RubricKind.Scoring,
            ReportKind = PerfEval.Rules.Model.ReportKind.Project,
        });
    }

    public static RubricEditorModel FromJson(string json) => new(RubricDefinition.FromWorkflowJson(json));

    public string ToJson() => Definition.ToWorkflowJson();

    // ---- verification ----

    /// <summary>Structural validation only (fast, every edit). Clears <see cref="Loaded"/>: the tree changed.</summary>
    public IReadOnlyList<RuleSetProblem> Revalidate()
    {
        Loaded = null;
        Problems = RubricValidator.Validate(Definition);
        return Problems;
    }

    /// <summary>Everything the loader checks (schema, structure, generated expressions, whitelist, dry run).</summary>
    public IReadOnlyList<RuleSetProblem> FullCheck()
    {
        var result = RuleSetLoader.Load(Definition);
        Loaded = result.RuleSet;
        Problems = result.Problems;
        return Problems;
    }

    /// <summary>Problems naming <paramref name="key"/> (an indicator, group or <c>rubric</c>).</summary>
    public IReadOnlyList<RuleSetProblem> ProblemsFor(string key) =>
        [.. Problems.Where(p => string.Equals(p.Rule, key, StringComparison.Ordinal))];

    /// <summary>Problems that name no node of the tree (rubric-wide, schema, grade bands…).</summary>
    public IReadOnlyList<RuleSetProblem> GeneralProblems()
    {
        var keys = new HashSet<string>(Definition.Groups.SelectMany(g => g.Children.Select(c => c.Key).Append(g.Key)), StringComparer.Ordinal);
        keys.UnionWith(Definition.AllIndicators().Select(i => i.Key));
        return [.. Problems.Where(p => !keys.Contains(p.Rule))];
    }

    /// <summary>The expression a template generates, or the reason it cannot (a missing parameter).</summary>
    public static (string? Expression, string? Error) ExpressionOf(IndicatorDefinition indicator)
    {
        try
        {
            return (ExpressionGenerator.Generate(indicator), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Checks a raw (advanced) expression alone: loads the rubric with it and returns the problems naming the indicator.</summary>
    public IReadOnlyList<RuleSetProblem> CheckExpression(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return [.. RuleSetLoader.Load(Definition).Problems.Where(p => p.Rule == indicator.Key)];
    }

    // ---- sums ----

    public decimal Level1Total => Definition.Groups.Sum(g => g.Points);

    /// <summary>Σ of a group's children (level-2 groups and indicators directly under it).</summary>
    public static decimal ChildSum(IndicatorGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Children.Sum(c => c.Points) + group.Indicators.Sum(i => i.Points);
    }

    public static bool AddsUp(IndicatorGroup group) => ChildSum(group) == group.Points;

    // ---- tree operations ----

    public IndicatorGroup AddLevel1(string name, decimal points)
    {
        var g = new IndicatorGroup { Key = NextKey(Prefix(), Definition.Groups.Select(x => x.Key)), Name = name, Points = points };
        Definition.Groups.Add(g);
        Revalidate();
        return g;
    }

    public IndicatorGroup AddLevel2(IndicatorGroup level1, string name, decimal points)
    {
        ArgumentNullException.ThrowIfNull(level1);
        var g = new IndicatorGroup { Key = NextKey(level1.Key, level1.Children.Select(x => x.Key)), Name = name, Points = points };
        level1.Children.Add(g);
        Revalidate();
        return g;
    }

    public IndicatorDefinition AddIndicator(IndicatorGroup level2, string name, decimal points, TemplateKind template = TemplateKind.JudgmentRange)
    {
        ArgumentNullException.ThrowIfNull(level2);
        var i = new IndicatorDefinition { Key = NextKey(level2.Key, level2.Indicators.Select(x => x.Key)), Name = name, Points = points };
        SetTemplate(i, template);
        level2.Indicators.Add(i);
        Revalidate();
        return i;
    }

    /// <summary>Removes a group or indicator wherever it sits.</summary>
    public bool Remove(object node)
    {
        var removed = node switch
        {
            IndicatorGroup g => Definition.Groups.Remove(g) || Definition.Groups.Any(l1 => l1.Children.Remove(g)),
            IndicatorDefinition i => Definition.Groups.Any(l1 => l1.Indicators.Remove(i) || l1.Children.Any(l2 => l2.Indicators.Remove(i))),
            _ => false,
        };
        Revalidate();
        return removed;
    }

    /// <summary>Moves a node up (−1) or down (+1) among its siblings; keys stay (answers refer to them).</summary>
    public bool Move(object node, int delta)
    {
        var moved = node switch
        {
            IndicatorGroup g => Shift(Definition.Groups, g, delta) || Definition.Groups.Any(l1 => Shift(l1.Children, g, delta)),
            IndicatorDefinition i => Definition.Groups.Any(l1 => Shift(l1.Indicators, i, delta) || l1.Children.Any(l2 => Shift(l2.Indicators, i, delta))),
            _ => false,
        };
        Revalidate();
        return moved;
    }

    /// <summary>Moves <paramref name="node"/> to position <paramref name="index"/> among its siblings (drag and drop).</summary>
    public bool MoveTo(object node, int index)
    {
        var siblings = SiblingsOf(node);
        if (siblings is null)
        {
            return false;
        }

        var from = siblings.IndexOf(node);
        return Move(node, Math.Clamp(index, 0, siblings.Count - 1) - from);
    }

    /// <summary>
    /// Moves an indicator to position <paramref name="index"/> of <paramref name="target"/>'s indicators (its own group
    /// or another one; drag and drop). The index counts in the target list after the indicator left its old place;
    /// it is clamped. The key stays (answers refer to it); both groups' sums change, so the tree is revalidated.
    /// </summary>
    public bool MoveIndicator(IndicatorDefinition indicator, IndicatorGroup target, int index)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(target);
        if (SiblingsOf(indicator) is not List<IndicatorDefinition> from || !IsGroup(target))
        {
            return false;
        }

        from.Remove(indicator);
        target.Indicators.Insert(Math.Clamp(index, 0, target.Indicators.Count), indicator);
        Revalidate();
        return true;
    }

    /// <summary>
    /// Moves a level-2 group (with its indicators) to position <paramref name="index"/> among the children of the
    /// level-1 group <paramref name="targetLevel1"/> (same or another). Keys stay; sums of both level-1 groups change.
    /// </summary>
    public bool MoveLevel2(IndicatorGroup level2, IndicatorGroup targetLevel1, int index)
    {
        ArgumentNullException.ThrowIfNull(level2);
        ArgumentNullException.ThrowIfNull(targetLevel1);
        var from = Definition.Groups.FirstOrDefault(l1 => l1.Children.Contains(level2));
        if (from is null || !Definition.Groups.Contains(targetLevel1))
        {
            return false;
        }

        from.Children.Remove(level2);
        targetLevel1.Children.Insert(Math.Clamp(index, 0, targetLevel1.Children.Count), level2);
        Revalidate();
        return true;
    }

    private bool IsGroup(IndicatorGroup g) => Definition.Groups.Contains(g) || Definition.Groups.Any(l1 => l1.Children.Contains(g));

    public System.Collections.IList? SiblingsOf(object node) => node switch
    {
        IndicatorGroup g when Definition.Groups.Contains(g) => Definition.Groups,
        IndicatorGroup g => Definition.Groups.Select(l1 => l1.Children).FirstOrDefault(c => c.Contains(g)),
        IndicatorDefinition i => Definition.Groups.SelectMany(l1 => l1.Children.Select(c => c.Indicators).Prepend(l1.Indicators)).FirstOrDefault(l => l.Contains(i)),
        _ => null,
    };

    /// <summary>Switches the template, filling the parameters the new template needs with editable defaults (others are kept).</summary>
    public static void SetTemplate(IndicatorDefinition indicator, TemplateKind template)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var p = indicator.Parameters ??= new TemplateParameters();
        var pts = indicator.Points;
        indicator.Template = template;
        switch (template)
        {
            case TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.Equal or TemplateKind.PerPointDeduction:
                p.Actual ??= "answer.actual";
                if (p.Target is null && p.TargetValue is null)
                {
                    p.Target = "answer.target";
                }

                if (template == TemplateKind.ReverseRatio)
                {
                    p.Formula ??= "linear";
                }

                if (template == TemplateKind.PerPointDeduction)
                {
                    p.Direction ??= "below";
                    p.PerUnit ??= 0.5m;
                }

                break;
            case TemplateKind.Tiers:
                p.Actual ??= "answer.actual";
                p.Tiers ??=
                [
                    new Tier { Lower = 90, Score = pts },
                    new Tier { Lower = 60, Upper = 90, Score = Math.Round(pts / 2, 2) },
                    new Tier { Upper = 60, Score = 0 },
                ];
                break;
            case TemplateKind.Checklist:
                p.Items ??= [new ChecklistItem { Id = "1", Label = "要点一", Points = pts }];
                break;
            case TemplateKind.Choice:
                p.Options ??= [new ChoiceOption { Id = "yes", Label = "是", Points = pts }, new ChoiceOption { Id = "no", Label = "否", Points = 0 }];
                break;
            case TemplateKind.PerViolationDeduction:
                p.PerUnit ??= 1m;
                break;
            case TemplateKind.BudgetExecution:
                p.Actual ??= "funding.spent";
                p.Target ??= "funding.planned";
                p.ExplainBelow ??= 90m;
                break;
            case TemplateKind.IndicatorRows:
                p.Keywords ??= ["产出"];
                break;
            case TemplateKind.Advanced:
                if (string.IsNullOrWhiteSpace(indicator.Expression))
                {
                    // Start from what the indicator generated so far, so "advanced" edits rather than retypes.
                    indicator.Expression = ExpressionOf(new IndicatorDefinition { Key = indicator.Key, Points = pts, Template = TemplateKind.JudgmentRange, Parameters = p }).Expression;
                }

                break;
        }
    }

    private string Prefix() => Definition.Id.StartsWith("rubric-", StringComparison.Ordinal) && Definition.Id.Length > 7
        ? Definition.Id[7..8].ToUpperInvariant()
        : "R";

    // Nodes moved by drag and drop keep their keys, so a key like A.3.1.2 may now sit under A.3.2 and the next
    // free number among the siblings could collide with it: skip every key used anywhere in the rubric.
    private string NextKey(string parent, IEnumerable<string> siblings)
    {
        var max = siblings.Select(k => int.TryParse(k.AsSpan(k.LastIndexOf('.') + 1), out var n) ? n : 0).DefaultIfEmpty(0).Max();
        var used = AllKeys();
        var next = max + 1;
        while (used.Contains($"{parent}.{next}"))
        {
            next++;
        }

        return $"{parent}.{next}";
    }

    private HashSet<string> AllKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l1 in Definition.Groups)
        {
            keys.Add(l1.Key);
            keys.UnionWith(l1.Indicators.Select(i => i.Key));
            foreach (var l2 in l1.Children)
            {
                keys.Add(l2.Key);
                keys.UnionWith(l2.Indicators.Select(i => i.Key));
            }
        }

        return keys;
    }

    private static bool Shift<T>(List<T> list, T item, int delta)
    {
        var from = list.IndexOf(item);
        if (from < 0)
        {
            return false;
        }

        var to = Math.Clamp(from + delta, 0, list.Count - 1);
        if (to != from)
        {
            list.RemoveAt(from);
            list.Insert(to, item);
        }

        return true;
    }
}
