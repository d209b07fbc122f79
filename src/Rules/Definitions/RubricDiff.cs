using System.Text.Json;
using PerfEval.Rules.Explanations;

namespace PerfEval.Rules.Definitions;

/// <summary>What kind of change a <see cref="RubricChange"/> is.</summary>
public enum RubricChangeKind
{
    /// <summary>An indicator, group or check exists only in the new version.</summary>
    Added,

    /// <summary>An indicator, group or check exists only in the old version.</summary>
    Removed,

    /// <summary>Points (分值) changed.</summary>
    PointsChanged,

    /// <summary>Template or parameters (or the advanced expression) changed.</summary>
    ScoringChanged,

    /// <summary>Name, scoring standard or evidence text changed.</summary>
    TextChanged,

    /// <summary>Grade bands or rule-set metadata changed.</summary>
    RubricChanged,
}

/// <summary>One difference between two versions of a rule set.</summary>
/// <param name="Kind">Kind of change.</param>
/// <param name="Key">Indicator, group or check key (<c>rubric</c> for metadata).</param>
/// <param name="Description">Plain-Chinese description with old and new values.</param>
public sealed record RubricChange(RubricChangeKind Kind, string Key, string Description);

/// <summary>Compares two versions of a rule set by key (for the editor's "what changed" view and publish review).</summary>
public static class RubricDiff
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, in key order.</summary>
    /// <param name="before">The old version.</param>
    /// <param name="after">The new version.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RubricChange> Compare(RubricDefinition before, RubricDefinition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<RubricChange>();
        if (Json(before.GradeBands) != Json(after.GradeBands))
        {
            changes.Add(new(RubricChangeKind.RubricChanged, "rubric", $"评价等次由 {Bands(before)} 改为 {Bands(after)}"));
        }

        if (before.NotApplicable != after.NotApplicable)
        {
            changes.Add(new(RubricChangeKind.RubricChanged, "rubric", $"不适用指标的处理由 {NotApplicableLabel(before.NotApplicable)} 改为 {NotApplicableLabel(after.NotApplicable)}"));
        }

        if (before.Title != after.Title)
        {
            changes.Add(new(RubricChangeKind.RubricChanged, "rubric", $"标题由「{before.Title}」改为「{after.Title}」"));
        }

        ByKey(changes, Groups(before), Groups(after), g => g.Key,
            n => $"新增指标组「{n.Name}」（{Zh.N(n.Points)} 分）",
            o => $"删除指标组「{o.Name}」（{Zh.N(o.Points)} 分）",
            (key, o, n) =>
            {
                if (o.Points != n.Points)
                {
                    changes.Add(new(RubricChangeKind.PointsChanged, key, $"指标组「{n.Name}」分值由 {Zh.N(o.Points)} 改为 {Zh.N(n.Points)}"));
                }
            });
        ByKey(changes, before.AllIndicators(), after.AllIndicators(), i => i.Key,
            n => $"新增指标「{n.Name}」（{Zh.N(n.Points)} 分，{n.Template}）",
            o => $"删除指标「{o.Name}」（{Zh.N(o.Points)} 分）",
            (key, o, n) => changes.AddRange(IndicatorChanges(key, o, n)));
        ByKey(changes, before.Checks, after.Checks, c => c.Key,
            n => $"新增校验「{n.Name}」",
            o => $"删除校验「{o.Name}」",
            (key, o, n) =>
            {
                if (o.Check != n.Check || o.Tolerance != n.Tolerance)
                {
                    changes.Add(new(RubricChangeKind.ScoringChanged, key, $"校验「{n.Name}」由 {o.Check}（允差 {Zh.N(o.Tolerance)}）改为 {n.Check}（允差 {Zh.N(n.Tolerance)}）"));
                }
            });

        return changes;
    }

    /// <summary>
    /// Pairs the items of both versions by key, in key order: an item only in <paramref name="after"/> is
    /// <see cref="RubricChangeKind.Added"/>, one only in <paramref name="before"/> <see cref="RubricChangeKind.Removed"/>, and
    /// <paramref name="changed"/> compares the items both have.
    /// </summary>
    private static void ByKey<T>(
        List<RubricChange> changes, IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key,
        Func<T, string> added, Func<T, string> removed, Action<string, T, T> changed)
        where T : class
    {
        var olds = before.ToDictionary(key, StringComparer.Ordinal);
        var news = after.ToDictionary(key, StringComparer.Ordinal);
        foreach (var k in olds.Keys.Union(news.Keys).Order(StringComparer.Ordinal))
        {
            var (o, n) = (olds.GetValueOrDefault(k), news.GetValueOrDefault(k));
            if (o is null)
            {
                changes.Add(new(RubricChangeKind.Added, k, added(n!)));
            }
            else if (n is null)
            {
                changes.Add(new(RubricChangeKind.Removed, k, removed(o)));
            }
            else
            {
                changed(k, o, n);
            }
        }
    }

    /// <summary>What changed in an indicator both versions have: points, scoring, standard text, other texts.</summary>
    private static IEnumerable<RubricChange> IndicatorChanges(string key, IndicatorDefinition o, IndicatorDefinition n)
    {
        if (o.Points != n.Points)
        {
            yield return new(RubricChangeKind.PointsChanged, key, $"「{n.Name}」分值由 {Zh.N(o.Points)} 改为 {Zh.N(n.Points)}");
        }

        if (o.Template != n.Template || Json(o.Parameters) != Json(n.Parameters) || o.Expression != n.Expression)
        {
            yield return new(RubricChangeKind.ScoringChanged, key,
                $"「{n.Name}」评分方法由 {o.Template} {Json(o.Parameters)}{o.Expression} 改为 {n.Template} {Json(n.Parameters)}{n.Expression}");
        }

        if (o.StandardText != n.StandardText)
        {
            yield return new(RubricChangeKind.TextChanged, key, $"「{n.Name}」评分标准由「{o.StandardText}」改为「{n.StandardText}」");
        }
        else if (Loading.RubricWarnings.StaleStandard(n) is { } stale)
        {
            // The scoring changed but a hand-written standard did not: units would read the old rule.
            yield return new(RubricChangeKind.TextChanged, key, stale);
        }

        if (o.Name != n.Name || o.Evidence != n.Evidence || o.EvidenceRequired != n.EvidenceRequired || o.AllowNotApplicable != n.AllowNotApplicable)
        {
            yield return new(RubricChangeKind.TextChanged, key, $"「{o.Name}」的名称、佐证材料说明或“不适用”设置有改动");
        }
    }

    private static IEnumerable<IndicatorGroup> Groups(RubricDefinition d) => d.Groups.Concat(d.Groups.SelectMany(g => g.Children));

    private static string NotApplicableLabel(NotApplicablePolicy p) => p == NotApplicablePolicy.Rescale ? "「剔除并按比例折算」" : "「计 0 分」";

    private static string Bands(RubricDefinition d) => string.Join(" ", d.GradeBands.Select(b => $"{b.Grade}[{Zh.N(b.Min)},{Zh.N(b.Max)}{(b.MaxInclusive ? "]" : ")")}"));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, RulesJson.Options);
}
