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

    /// <summary>
    /// The answer as lines (the reason excluded). With the rubric's <paramref name="indicator"/> an id carries its label
    /// (选项：到位及时（timely）) so a person reads what was chosen; <see cref="Read"/> takes such lines back to the ids.
    /// </summary>
    public static IReadOnlyList<string> Write(IndicatorAssessment a, IndicatorDefinition? indicator = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        var p = indicator?.Parameters;
        var lines = new List<string>();
        if (a.Checked.Count > 0)
        {
            lines.Add(CheckedLabel + string.Join("、", a.Checked.Select(id => Labelled(id, p?.Items?.FirstOrDefault(i => i.Id == id)?.Label))));
        }

        if (a.Choice is not null)
        {
            lines.Add(ChoiceLabel + Labelled(a.Choice, p?.Options?.FirstOrDefault(o => o.Id == a.Choice)?.Label));
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
            var item = Labelled(d.Item, p?.Deductions?.FirstOrDefault(r => r.Id == d.Item)?.Label ?? p?.Items?.FirstOrDefault(i => i.Id == d.Item)?.Label);
            lines.Add($"扣分：项「{item}」扣 {N(d.Points)} 分" + (d.Reason is null ? "" : $"；理由：{d.Reason}"));
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
                a.Checked.AddRange(SplitItems(line[CheckedLabel.Length..]).Select(IdOf).Where(id => id.Length > 0));
            }
            else if (line.StartsWith(ChoiceLabel, StringComparison.Ordinal))
            {
                a.Choice = IdOf(line[ChoiceLabel.Length..]);
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
                    Item = IdOf(d.Groups["item"].Value),
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

    /// <summary>An id with its label for people: 到位及时（timely）; the id alone when the rubric gives no other label.</summary>
    private static string Labelled(string id, string? label) =>
        string.IsNullOrWhiteSpace(label) || string.Equals(label.Trim(), id, StringComparison.Ordinal) ? id : $"{label.Trim()}（{id}）";

    /// <summary>The id of a written answer: inside the last full-width brackets when it ends with them (label（id）), else the text.</summary>
    private static string IdOf(string text)
    {
        var t = text.Trim();
        var open = t.LastIndexOf('（');
        return t.EndsWith('）') && open >= 0 ? t[(open + 1)..^1].Trim() : t;
    }

    /// <summary>
    /// Splits 勾选 items: labelled ones (label（id）) end at their bracket, so a 、 inside a label does not split it; ids
    /// without labels are separated by every 、.
    /// </summary>
    private static IEnumerable<string> SplitItems(string text) =>
        LabelledItemEnd().Split(text).SelectMany(piece => piece.Contains('（', StringComparison.Ordinal) ? [piece] : piece.Split('、'));

    private static string N(decimal v) => v.ToString("0.##########", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^扣分：项「(?<item>[^」]*)」扣\s*(?<points>\d+(?:\.\d+)?)\s*分(?:；理由：(?<reason>.*))?$")]
    private static partial Regex DeductionLine();

    [GeneratedRegex("(?<=）)、")]
    private static partial Regex LabelledItemEnd();
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
                    ctx.Note($"assessments[{n}]", ImportText.FormatAnswerLineUnknown(line));
                }
            }

            ctx.Found.Add("assessments");
            return;
        }
    }
}
