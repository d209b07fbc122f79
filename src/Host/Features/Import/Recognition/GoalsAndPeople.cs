namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>绩效定性目标: a header with 预期目标 and 实际完成 columns, one goal per row below it.</summary>
internal static class GoalsTable
{
    public static void Run(RecognitionContext ctx)
    {
        var columns = new List<(string, LabelSet)> { ("expected", ctx.V.Set("goals", "expected")), ("actual", ctx.V.Set("goals", "actual")) };
        foreach (var header in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var map = ColumnMap.Of(header.Row, columns);
            if (!map.Has("expected") || !map.Has("actual") || ctx.IsUsed(header.At))
            {
                continue;
            }

            ctx.Use(header.At);
            ctx.Found.Add("goals");
            foreach (var (row, first) in ctx.FilledRowsAfter(header.At))
            {
                var firstText = Cells.Name(first);
                if (Cells.IsSectionHeading(firstText) || ctx.V.Sets("fields").Any(s => s.Set.Is(firstText)) || SignOffBoxes.StartsBox(ctx, firstText))
                {
                    break;
                }

                var expected = map.Cell(row.Row, "expected");
                var actual = map.Cell(row.Row, "actual");
                if ((expected is null || expected.IsBlank) && (actual is null || actual.IsBlank) || ReferenceEquals(expected, actual))
                {
                    break; // nothing under the columns, or one cell across both (the next part's heading)
                }

                ctx.Use(row.At);
                ctx.Report.Goals.Add(new QualitativeGoal
                {
                    Expected = expected is { IsBlank: false } e ? Cells.Lines(e.Paragraphs) : "",
                    Actual = actual is { IsBlank: false } a ? Cells.Lines(a.Paragraphs) : null,
                });
            }

            return;
        }
    }
}

/// <summary>四、评价人员: a header with 姓名 and 职称/职务 or 单位, a person per row (blank rows skipped).</summary>
internal static class EvaluatorTable
{
    public static void Run(RecognitionContext ctx)
    {
        var columns = new List<(string, LabelSet)>
        {
            ("name", ctx.V.Set("evaluators", "name")), ("title", ctx.V.Set("evaluators", "title")), ("unit", ctx.V.Set("evaluators", "unit")),
            ("sign", ctx.V.Set("evaluators", "sign")),
        };
        foreach (var header in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var map = ColumnMap.Of(header.Row, columns);
            if (!map.Has("name") || !(map.Has("title") || map.Has("unit")))
            {
                continue;
            }

            ctx.Use(header.At);
            ctx.Found.Add("evaluators");
            foreach (var row in ctx.RowsAfter(header.At))
            {
                if (ctx.IsUsed(row.At))
                {
                    break;
                }

                var first = row.Filled.FirstOrDefault();
                if (first is not null && (Cells.IsSectionHeading(first.Text) || SignOffBoxes.StartsBox(ctx, first.Text)
                                          || ctx.V.Sets("fields").Any(s => s.Set.StartOf(first.Text) is not null)))
                {
                    break;
                }

                ctx.Use(row.At);
                var name = Cells.Value(map.Cell(row.Row, "name"));
                if (name is null)
                {
                    continue;
                }

                ctx.Report.Evaluators.Add(new Evaluator
                {
                    Name = name,
                    Title = Cells.Value(map.Cell(row.Row, "title")),
                    Unit = Cells.Value(map.Cell(row.Row, "unit")),
                });
            }

            return;
        }
    }
}

/// <summary>
/// The sign-off boxes (评价组组长, 项目单位意见 / 部门意见, 主管部门意见, 财政部门意见): the opinion written in the box, the signer
/// after "（签字）：", and the date ("2021年10月26日"; the blank "年 月 日" of an unsigned box is no date).
/// </summary>
internal static class SignOffBoxes
{
    private static readonly string[] Boxes = ["evaluationLeader", "unit", "department", "finance", "ignore"];

    /// <summary>Whether a text starts a sign-off box (so a table reading upward of it stops there).</summary>
    public static bool StartsBox(RecognitionContext ctx, string? text) => Boxes.Any(b => ctx.V.Set("signOffs", b).StartOf(text) is not null);

    public static void Run(RecognitionContext ctx)
    {
        foreach (var row in ctx.Rows().Where(r => !ctx.IsUsed(r.At)))
        {
            foreach (var cell in row.Filled)
            {
                if (Read(ctx, cell.Paragraphs))
                {
                    ctx.Use(row.At);
                }
            }
        }

        foreach (var (block, text) in ctx.Paragraphs().ToList())
        {
            if (!ctx.IsUsedParagraph(block) && Read(ctx, [text]))
            {
                ctx.UseParagraph(block);
            }
        }
    }

    private static bool Read(RecognitionContext ctx, IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return false;
        }

        var box = Boxes.Select(b => (Box: b, Variant: ctx.V.Set("signOffs", b).StartOf(paragraphs[0]))).FirstOrDefault(x => x.Variant is not null);
        if (box.Variant is null)
        {
            return false;
        }

        if (box.Box == "ignore")
        {
            return true;
        }

        if (box.Box == "department" && ctx.IsDepartment)
        {
            box.Box = "unit";
        }

        var target = box.Box switch
        {
            "evaluationLeader" => ctx.Report.SignOffs.EvaluationLeader,
            "unit" => ctx.Report.SignOffs.Unit,
            "department" => ctx.Report.SignOffs.Department,
            _ => ctx.Report.SignOffs.Finance,
        };
        var field = $"signOffs.{box.Box}";
        var opinion = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (i == 0)
            {
                // "项目单位意见：同意" — the label, maybe with the opinion after it; "评价组组长（签字）：张三" — a signer line.
                var afterLabel = KeyValues.AfterLabel(line, box.Variant.Key);
                if (IsSignerLine(ctx, line))
                {
                    target.Signer ??= Signer(line);
                }
                else if (afterLabel.Length > 0)
                {
                    opinion.Add(afterLabel);
                }

                continue;
            }

            if (IsSignerLine(ctx, line))
            {
                target.Signer ??= Signer(line);
                continue;
            }

            if (IsBlankDate(line))
            {
                continue;
            }

            if (ImportValues.ReadDate(line) is { } date && line.Length <= 20)
            {
                target.Date ??= date.Date;
                if (date.Judgment is { } j)
                {
                    ctx.Note($"{field}.date", j);
                }

                continue;
            }

            opinion.Add(Labels.TightenCjk(line));
        }

        if (opinion.Count > 0)
        {
            target.Opinion ??= string.Join("\n", opinion);
        }

        ctx.Found.Add("signOffs");
        return true;
    }

    private static bool IsSignerLine(RecognitionContext ctx, string line)
    {
        var key = TextKey.Compact(line);
        return ctx.V.Strings("signOffs", "signerMarkers").Any(m => key.Contains(TextKey.Compact(m), StringComparison.Ordinal));
    }

    /// <summary>The name after "（签字）：", if one is written.</summary>
    private static string? Signer(string line)
    {
        var c = TextKey.Compact(line);
        var i = Math.Max(c.LastIndexOf(':'), c.LastIndexOf('：'));
        var name = i >= 0 ? c[(i + 1)..] : "";
        name = name.Trim();
        return name.Length == 0 || IsBlankDate(name) ? null : name;
    }

    /// <summary>"年   月   日": the date line of an unsigned box.</summary>
    internal static bool IsBlankDate(string line) => TextKey.Compact(line) is "年月日" or "年月日。";
}
