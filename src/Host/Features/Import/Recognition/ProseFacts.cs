using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// What a report says only in its title block or its running text: the issuing bureau (…财政局（制）), the year of the title
/// ("2019年度"), a date alone on the cover, and — where no table gives them — the project and unit names, the funding
/// (年初预算安排50万元, 资金全部使用到位), the grade and score, the evaluation type, and a deviation reason explained under the
/// indicator's own heading. Everything read from running text is noted.
/// </summary>
internal static partial class ProseFacts
{
    /// <summary>The title block, before the tables and fields are read.</summary>
    public static void Cover(RecognitionContext ctx)
    {
        var bureau = new Regex(ctx.V.Text("report", "issuingBureau"));
        var titleZone = TitleZone(ctx).ToList();
        foreach (var (block, text) in ctx.Paragraphs().ToList())
        {
            var compact = TextKey.Compact(text);
            if (bureau.Match(compact) is { Success: true } m)
            {
                ctx.Report.Basic.IssuingFinanceBureau ??= m.Groups[1].Value;
                ctx.UseParagraph(block);
            }
        }

        foreach (var (block, text) in titleZone)
        {
            var compact = TextKey.Compact(text);
            var year = TitleYear().Match(compact);
            if (year.Success && ctx.Report.Basic.Year == 0)
            {
                ctx.Report.Basic.Year = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
                // "长安区社会保险中心2019年度": the unit names itself before the year.
                var before = compact[..year.Index].Trim('（', '(');
                if (before.Length is > 3 and < 40 && ctx.V.Set("report", "titleWords").FindIn(before) is null)
                {
                    ctx.TitleUnit = before;
                }
            }
        }
    }

    /// <summary>A date alone on a line of the cover: the report date (Hechi's cover puts it under the stamp line).</summary>
    public static void CoverDate(RecognitionContext ctx)
    {
        if (ctx.Report.Basic.ReportDate is not null)
        {
            return;
        }

        foreach (var (block, text) in TitleZone(ctx))
        {
            if (ctx.IsUsedParagraph(block) || !DateOnlyLine().IsMatch(TextKey.Compact(text)) || ImportValues.ReadDate(text) is not { } d)
            {
                continue;
            }

            ctx.Report.Basic.ReportDate = d.Date;
            ctx.UseParagraph(block);
            ctx.Found.Add("basic.reportDate");
            ctx.Note("basic.reportDate", ImportText.FormatCoverDateAsReportDate(text.Trim()));
            return;
        }
    }

    /// <summary>Facts no table gave, read from the text (each noted).</summary>
    public static void Fallbacks(RecognitionContext ctx)
    {
        var text = AllText(ctx);
        var b = ctx.Report.Basic;
        if (b.ProjectName.Length == 0)
        {
            foreach (var pattern in ctx.V.Strings("prose", "projectName"))
            {
                if (new Regex(pattern).Match(text) is { Success: true } m)
                {
                    b.ProjectName = m.Groups[1].Value.Trim('“', '”', '"', '《', '》');
                    ctx.Found.Add("basic.projectName");
                    ctx.Note("basic.projectName", ImportText.FormatFromText("项目名称", Sentence(text, m.Index)));
                    break;
                }
            }
        }

        if (b.UnitName is null && ctx.TitleUnit is { } unit)
        {
            b.UnitName = unit;
            ctx.Found.Add("basic.unitName");
            ctx.Note("basic.unitName", ImportText.FormatUnitFromTitle(unit));
        }

        if (b.UnitName is null && ctx.IsDepartment && b.ProjectName.Length > 0)
        {
            b.UnitName = b.ProjectName;
            ctx.Note("basic.unitName", ImportText.FormatUnitFromDepartmentName(b.ProjectName));
        }

        if (b.Year == 0)
        {
            if (b.StartDate is { } s && (b.EndDate is null || b.EndDate.Value.Year == s.Year))
            {
                b.Year = s.Year;
                ctx.Note("basic.year", ImportText.FormatYearFromPeriod(s.Year));
            }
            else if (YearMentioned().Matches(text).Select(m => m.Groups[1].Value).GroupBy(y => y).OrderByDescending(g => g.Count()).FirstOrDefault() is { } most)
            {
                b.Year = int.Parse(most.Key, CultureInfo.InvariantCulture);
                ctx.Note("basic.year", ImportText.FormatYearFromText(b.Year));
            }
            else if (b.ReportDate is { } rd)
            {
                b.Year = rd.Year - 1;
                ctx.Note("basic.year", ImportText.FormatYearFromReportDate(b.Year));
            }
        }

        if (b.EvaluationType == EvaluationType.Unspecified && !ctx.Found.Contains("basic.evaluationType"))
        {
            var mentioned = ctx.V.Sets("evaluationTypes")
                .Where(t => t.Set.Variants.Any(v => text.Contains(v.Written, StringComparison.Ordinal))).Select(t => t.Name).Distinct().ToList();
            if (mentioned.Count == 1)
            {
                b.EvaluationType = Enum.Parse<EvaluationType>(mentioned[0], ignoreCase: true);
                var word = ctx.V.Set("evaluationTypes", mentioned[0]).Variants.First(v => text.Contains(v.Written, StringComparison.Ordinal)).Written;
                ctx.Note("basic.evaluationType", ImportText.FormatFromText("评价类型", Sentence(text, text.IndexOf(word, StringComparison.Ordinal))));
            }
        }

        var narrative = string.Join("\n", new[] { ctx.Report.Narrative.Conclusion, ctx.Report.Narrative.PerformanceAnalysis, text }.Where(t => t is not null));
        if (ctx.Report.StatedGrade is null && new Regex(ctx.V.Text("prose", "grade")).Match(narrative) is { Success: true } g)
        {
            ctx.Report.StatedGrade = g.Groups[1].Value;
            ctx.Note("statedGrade", ImportText.FormatFromText("评价等次", Sentence(narrative, g.Index)));
        }

        if (ctx.Report.StatedTotalScore is null && new Regex(ctx.V.Text("prose", "score")).Match(narrative) is { Success: true } sc
            && decimal.TryParse(sc.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var score) && score <= 100)
        {
            ctx.Report.StatedTotalScore = score;
            ctx.Note("statedTotalScore", ImportText.FormatFromText("综合得分", Sentence(narrative, sc.Index)));
        }

        if (!ctx.Found.Contains("funding"))
        {
            FundingFromText(ctx, text);
        }

        DeviationReasons(ctx);
        BudgetExecutionRow(ctx);
    }

    /// <summary>Paragraphs before the first table or numbered heading (the title block), at most 15.</summary>
    private static IEnumerable<(int Block, string Text)> TitleZone(RecognitionContext ctx)
    {
        var n = 0;
        for (var b = 0; b < ctx.Document.Blocks.Count && n < 15; b++)
        {
            if (ctx.Document.Blocks[b] is not SourceParagraph p)
            {
                yield break;
            }

            if (NumberedHeading().IsMatch(p.Text.Trim()))
            {
                yield break;
            }

            n++;
            yield return (b, p.Text);
        }
    }

    /// <summary>All running text (paragraphs and text boxes).</summary>
    private static string AllText(RecognitionContext ctx)
    {
        var parts = new List<string>();
        foreach (var block in ctx.Document.Blocks)
        {
            if (block is SourceParagraph p)
            {
                parts.Add(p.Text);
            }
            else if (block is SourceTable t && t.Rows.Count == 1 && t.Rows[0].Cells.Count(c => !c.IsBlank) == 1)
            {
                parts.AddRange(t.Rows[0].Cells.First(c => !c.IsBlank).Paragraphs);
            }
        }

        return string.Join("\n", parts.Select(Labels.TightenCjk));
    }

    /// <summary>年初预算安排50万元 … 资金全部使用到位: the grid from the text, with the source level when the text names only one.</summary>
    private static void FundingFromText(RecognitionContext ctx, string text)
    {
        var f = ctx.Report.Funding;
        var planned = FirstAmount(ctx.V.Strings("prose", "planned"), text);
        var arrived = FirstAmount(ctx.V.Strings("prose", "arrived"), text);
        var spent = FirstAmount(ctx.V.Strings("prose", "spent"), text);
        if (planned is null && arrived is null && spent is null)
        {
            return;
        }

        if (planned is { } p)
        {
            f.Planned.Total = p.Value;
            ctx.Note("funding.planned.total", ImportText.FundingFromText("计划安排资金", p.Value, p.Sentence));
        }

        if (arrived is { } a)
        {
            f.Arrived.Total = a.Value;
            ctx.Note("funding.arrived.total", ImportText.FundingFromText("实际到位资金", a.Value, a.Sentence));
        }
        else if (f.Planned.Total is { } pt && Phrase(ctx.V.Strings("prose", "allArrived"), text) is { } all)
        {
            f.Arrived.Total = pt;
            ctx.Note("funding.arrived.total", ImportText.FundingAll("实际到位资金", pt, all));
        }

        if (spent is { } s)
        {
            f.Spent.Total = s.Value;
            ctx.Note("funding.spent.total", ImportText.FundingFromText("实际支出", s.Value, s.Sentence));
        }
        else if ((f.Arrived.Total ?? f.Planned.Total) is { } at && Phrase(ctx.V.Strings("prose", "allSpent"), text) is { } all)
        {
            f.Spent.Total = at;
            ctx.Note("funding.spent.total", ImportText.FundingAll("实际支出", at, all));
        }

        // A 《…市财政…办法》 is a title, not a funding source.
        var plain = BookTitle().Replace(text, "《》");
        var levels = ctx.V.Sets("prose", "levels").Where(l => l.Set.Variants.Any(v => plain.Contains(v.Written, StringComparison.Ordinal))).ToList();
        if (levels.Count == 1)
        {
            var (level, set) = levels[0];
            var word = set.Variants.First(v => plain.Contains(v.Written, StringComparison.Ordinal)).Written;
            foreach (var row in new[] { f.Planned, f.Arrived, f.Spent })
            {
                if (row.Total is { } total)
                {
                    switch (level)
                    {
                        case "central": row.Central = total; break;
                        case "provincial": row.Provincial = total; break;
                        case "city": row.City = total; break;
                        default: row.County = total; break;
                    }
                }
            }

            ctx.Note("funding", ImportText.FormatFundingLevelFromText(word, Sentence(text, text.IndexOf(word, StringComparison.Ordinal))));
        }

        ctx.Found.Add("funding");
        ctx.Note("funding", ImportText.FundingNoTable);
    }

    private static (decimal Value, string Sentence)? FirstAmount(IReadOnlyList<string> labels, string text)
    {
        foreach (var label in labels)
        {
            var m = new Regex(Regex.Escape(label) + @"[^，。；,;\d]{0,10}?(\d+(?:\.\d+)?)\s*(万元|元)").Match(text);
            if (m.Success)
            {
                var value = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                return (FundingTable.ToWan(value, m.Groups[2].Value), Sentence(text, m.Index));
            }
        }

        return null;
    }

    private static string? Phrase(IReadOnlyList<string> phrases, string text)
    {
        foreach (var p in phrases)
        {
            var i = text.IndexOf(p, StringComparison.Ordinal);
            if (i >= 0)
            {
                return Sentence(text, i);
            }
        }

        return null;
    }

    /// <summary>
    /// A row scored below its points without a 偏差原因, whose reason the text gives under a heading naming the indicator
    /// (e.g. （四）满意度 … 该指标满分10分，得分8分): that text, without the score sentence.
    /// </summary>
    private static void DeviationReasons(RecognitionContext ctx)
    {
        for (var i = 0; i < ctx.Report.Indicators.Count; i++)
        {
            var row = ctx.Report.Indicators[i];
            if (row.SelfScore is not { } self || row.Points is not { } points || self >= points || !string.IsNullOrWhiteSpace(row.DeviationReason))
            {
                continue;
            }

            var names = new[] { row.Level3, row.Level2, row.Level1 }.Select(Bare).Where(n => n.Length >= 2).ToList();
            foreach (var (heading, lines) in ctx.Outline)
            {
                var h = Bare(NumberedHeading().Replace(heading, ""));
                var body = string.Join("\n", lines);
                if (h.Length < 2 || !names.Any(n => n == h || n.Contains(h, StringComparison.Ordinal) || h.Contains(n, StringComparison.Ordinal))
                    || !body.Contains($"{Zh(self)}分", StringComparison.Ordinal))
                {
                    continue;
                }

                var reason = ScoreSentence().Replace(body, "").Trim();
                if (reason.Length > 0)
                {
                    row.DeviationReason = reason;
                    ctx.Note($"indicators[{i}].deviationReason", ImportText.FormatReasonFromText(heading));
                }

                break;
            }
        }

        static string Bare(string? name) => TextKey.Of(name).Replace("指标", "", StringComparison.Ordinal);

        static string Zh(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>分值 / 执行率 / 得分 beside the funding grid (national 自评表): the 预算执行率 row of the indicator table.</summary>
    private static void BudgetExecutionRow(RecognitionContext ctx)
    {
        if (ctx.PendingBudgetExecution is not { } e || ctx.Report.Indicators.Any(r => (r.Level1 + r.Level3).Contains("预算执行率", StringComparison.Ordinal)))
        {
            return;
        }

        var (value, _) = ImportValues.ReadActual(e.Rate);
        ctx.Report.Indicators.Add(new IndicatorRow
        {
            Level1 = "预算执行率", Level2 = "预算执行率", Level3 = "预算执行率", Comparator = Comparator.AtLeast,
            ActualText = e.Rate, ActualValue = value, Points = e.Points, SelfScore = e.Score,
        });
        ctx.Note($"indicators[{ctx.Report.Indicators.Count - 1}]", ImportText.BudgetExecutionRow);
        ctx.Found.Add("indicators");
    }

    private static string Sentence(string text, int at)
    {
        if (at < 0 || at >= text.Length)
        {
            return "";
        }

        var start = text.LastIndexOfAny(['。', '\n', '；'], at) + 1;
        var end = text.IndexOfAny(['。', '\n', '；'], at);
        var s = text[start..(end < 0 ? text.Length : end + 1)].Trim();
        return s.Length > 60 ? s[..60] + "…" : s;
    }

    [GeneratedRegex(@"((?:19|20|21)\d{2})\s*年度")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"((?:19|20|21)\d{2})年度")]
    private static partial Regex YearMentioned();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))\s*")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"《[^》]{0,60}》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"[^。\n]*(?:满分|得分)\s*\d+(?:\.\d+)?\s*分[^。\n]*。?")]
    private static partial Regex ScoreSentence();
}
