using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// The unit's answers to rubric indicators (评分要素填报) as lines a person can read in the Word form's annex and the import
/// reads back exactly: 勾选：1、2、3 · 选项：timely · 实际值：2100 · 目标值：2000 · 次数：2 · 评定得分：8 ·
/// 扣分：项「fake」扣 4 分；理由：… · 不适用 · 未发现扣分情形. The reason (说明) has its own column.
/// </summary>
internal static partial class AssessmentLines
{
    public const string Heading = "附表：评分要素填报";
    public const string KeyHeader = "编号";
    public const string AnswerHeader = "填报内容";
    public const string ReasonHeader = "说明";

    private const string CheckedLabel = "勾选：";
    private const string ChoiceLabel = "选项：";
    private const string ActualLabel = "实际值：";
    private const string TargetLabel = "目标值：";
    private const string CountLabel = "次数：";
    private const string ScoreLabel = "评定得分：";
    private const string NotApplicableLine = "不适用";
    private const string NoDeductionsLine = "未发现扣分情形";

    /// <summary>The answer as lines (the reason excluded).</summary>
    public static IReadOnlyList<string> Write(IndicatorAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var lines = new List<string>();
        if (a.Checked.Count > 0)
        {
            lines.Add(CheckedLabel + string.Join("、", a.Checked));
        }

        if (a.Choice is not null)
        {
            lines.Add(ChoiceLabel + a.Choice);
        }

        if (a.Actual is { } actual)
        {
            lines.Add(ActualLabel + N(actual));
        }

        if (a.Target is { } target)
        {
            lines.Add(TargetLabel + N(target));
        }

        if (a.Count is { } count)
        {
            lines.Add(CountLabel + count.ToString(CultureInfo.InvariantCulture));
        }

        if (a.Score is { } score)
        {
            lines.Add(ScoreLabel + N(score));
        }

        foreach (var d in a.Deductions)
        {
            lines.Add($"扣分：项「{d.Item}」扣 {N(d.Points)} 分" + (d.Reason is null ? "" : $"；理由：{d.Reason}"));
        }

        if (a.NotApplicable)
        {
            lines.Add(NotApplicableLine);
        }

        if (a.NoDeductions)
        {
            lines.Add(NoDeductionsLine);
        }

        return lines;
    }

    /// <summary>Reads the lines back; a line it does not know is returned in <paramref name="unknown"/>.</summary>
    public static IndicatorAssessment Read(string key, IEnumerable<string> lines, string? reason, List<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(unknown);
        var a = new IndicatorAssessment { Key = key, Reason = reason };
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith(CheckedLabel, StringComparison.Ordinal))
            {
                a.Checked.AddRange(line[CheckedLabel.Length..].Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (line.StartsWith(ChoiceLabel, StringComparison.Ordinal))
            {
                a.Choice = line[ChoiceLabel.Length..].Trim();
            }
            else if (line.StartsWith(ActualLabel, StringComparison.Ordinal) && ImportValues.Number(line[ActualLabel.Length..]) is { } actual)
            {
                a.Actual = actual;
            }
            else if (line.StartsWith(TargetLabel, StringComparison.Ordinal) && ImportValues.Number(line[TargetLabel.Length..]) is { } target)
            {
                a.Target = target;
            }
            else if (line.StartsWith(CountLabel, StringComparison.Ordinal) && int.TryParse(line[CountLabel.Length..].Trim(), CultureInfo.InvariantCulture, out var count))
            {
                a.Count = count;
            }
            else if (line.StartsWith(ScoreLabel, StringComparison.Ordinal) && ImportValues.Number(line[ScoreLabel.Length..]) is { } score)
            {
                a.Score = score;
            }
            else if (DeductionLine().Match(line) is { Success: true } d)
            {
                a.Deductions.Add(new Deduction
                {
                    Item = d.Groups["item"].Value,
                    Points = decimal.Parse(d.Groups["points"].Value, CultureInfo.InvariantCulture),
                    Reason = d.Groups["reason"].Success ? d.Groups["reason"].Value : null,
                });
            }
            else if (line == NotApplicableLine)
            {
                a.NotApplicable = true;
            }
            else if (line == NoDeductionsLine)
            {
                a.NoDeductions = true;
            }
            else if (line.Length > 0)
            {
                unknown.Add(line);
            }
        }

        return a;
    }

    private static string N(decimal v) => v.ToString("0.##########", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^扣分：项「(?<item>[^」]*)」扣\s*(?<points>\d+(?:\.\d+)?)\s*分(?:；理由：(?<reason>.*))?$")]
    private static partial Regex DeductionLine();
}

/// <summary>The annex 评分要素填报 (编号 | 填报内容 | 说明) of PerfEval's Word form, back into the report's answers.</summary>
internal static class AssessmentTable
{
    public static void Run(RecognitionContext ctx)
    {
        var columns = new List<(string, LabelSet)>
        {
            ("key", ctx.V.Set("assessments", "key")), ("answer", ctx.V.Set("assessments", "answer")), ("reason", ctx.V.Set("assessments", "reason")),
        };
        foreach (var header in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var map = ColumnMap.Of(header.Row, columns);
            if (!map.Has("key") || !map.Has("answer"))
            {
                continue;
            }

            ctx.Use(header.At);
            foreach (var row in ctx.RowsAfter(header.At))
            {
                var key = map.Text(row.Row, "key");
                if (key is null)
                {
                    break;
                }

                ctx.Use(row.At);
                var unknown = new List<string>();
                var n = ctx.Report.Assessments.Count;
                var answer = map.Cell(row.Row, "answer")?.Paragraphs ?? [];
                var reason = map.Cell(row.Row, "reason") is { IsBlank: false } r ? string.Join("\n", r.Paragraphs) : null;
                ctx.Report.Assessments.Add(AssessmentLines.Read(key.Trim(), answer, reason, unknown));
                foreach (var line in unknown)
                {
                    ctx.Note($"assessments[{n}]", ImportText.AnswerLineUnknown(line));
                }
            }

            ctx.Found.Add("assessments");
            return;
        }
    }
}
