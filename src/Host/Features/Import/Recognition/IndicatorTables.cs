using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// The indicator table(s) (绩效指标表, by their header: 一级/二级/三级指标 with 指标值, 实际完成值, 分值, 得分 …) and the
/// unit's rubric self-score table (评分表: levels with 分值 and 得分 but no targets, level-1 names of rubric A/B, or a
/// 评分标准 column). Merged level cells are read from the row above; "/" rows are left out; a report with the same
/// table twice (targets first, results later) gets one row per indicator.
/// </summary>
internal static partial class IndicatorTables
{
    private sealed class RawRow
    {
        public string L1 = "";
        public string L2 = "";
        public string L3 = "";
        public string? ComparatorText;
        public string? Target;
        public string? UnitText;
        public string? Actual;
        public string? Reason;
        public string? PointsText;
        public string? SelfText;
        public bool PointsMerged;
        public bool SelfMerged;
        public bool HasPointsColumn;
        public List<(string Field, string Message)> Pending = [];
        public decimal? Points;
        public decimal? Self;
        public bool SharesPoints;
        public Comparator? Comparator;
        public decimal? L1Weight;
    }

    private static readonly string[] IndicatorColumnNames = ["level1", "level2", "level3", "comparator", "target", "unit", "actual", "points", "selfScore", "reason"];

    public static void Run(RecognitionContext ctx)
    {
        var columns = IndicatorColumnNames.Select(n => (n, ctx.V.Set("indicators", n))).ToList();
        var selfColumns = new List<(string, LabelSet)>
        {
            ("key", ctx.V.Set("selfScores", "key")), ("level1", ctx.V.Set("indicators", "level1")), ("level2", ctx.V.Set("indicators", "level2")),
            ("level3", ctx.V.Set("indicators", "level3")), ("points", ctx.V.Set("selfScores", "points")), ("selfScore", ctx.V.Set("selfScores", "selfScore")),
            ("reason", ctx.V.Set("selfScores", "reason")), ("standard", ctx.V.Set("selfScores", "standard")),
        };
        var tables = new List<List<RawRow>>();
        foreach (var row in ctx.Rows().ToList())
        {
            if (ctx.IsUsed(row.At))
            {
                continue;
            }

            var map = ColumnMap.Of(row.Row, columns);
            var hasLevels = map.Has("level3") || (map.Has("level1") && map.Has("level2"));
            if (!hasLevels || !(map.Has("target") || map.Has("actual") || map.Has("points") || map.Has("selfScore")))
            {
                continue;
            }

            var selfMap = ColumnMap.Of(row.Row, selfColumns);
            var (rows, notes) = ReadRows(ctx, row, map);
            if (!map.Has("target") && !map.Has("actual") && IsSelfScoreTable(ctx, row, selfMap, rows))
            {
                ReadSelfScores(ctx, row, selfMap);
                continue;
            }

            foreach (var note in notes)
            {
                ctx.Note("indicators", note);
            }

            foreach (var r in rows.Where(r => r.L1Weight is not null))
            {
                ctx.Level1Weights.TryAdd(r.L1, r.L1Weight!.Value);
            }

            if (rows.Count > 0)
            {
                ReadPointsFromTargetColumn(ctx, map, rows);
                tables.Add(rows);
            }
        }

        if (tables.Count == 0)
        {
            return;
        }

        ctx.Found.Add("indicators");
        var merged = Merge(ctx, tables);
        DerivePointsFromLevel1Weights(ctx, merged);
        Assemble(ctx, merged);
    }

    /// <summary>Reads the data rows under a header until the table's end, a total row, or another part of the form.</summary>
    private static (List<RawRow> Rows, List<string> Notes) ReadRows(RecognitionContext ctx, PlacedRow header, ColumnMap map)
    {
        var rows = new List<RawRow>();
        var notes = new List<string>();
        string l1 = "", l2 = "";
        decimal? weight = null;
        var used = new List<RowRef> { header.At };
        foreach (var next in ctx.RowsAfter(header.At))
        {
            if (ctx.IsUsed(next.At) || Stops(ctx, next))
            {
                TotalRow(ctx, next, map);
                break;
            }

            used.Add(next.At);
            if (!next.Filled.Any())
            {
                continue;
            }

            var raw = new RawRow { HasPointsColumn = map.Has("points") };
            var l1Cell = map.Cell(next.Row, "level1");
            var l2Cell = map.Cell(next.Row, "level2");
            string? newL1 = null;
            decimal? newWeight = null;
            if (l1Cell is { IsBlank: false })
            {
                (newL1, newWeight) = StripWeight(Cells.Name(l1Cell));
            }

            if (newL1 is not null && newL1 != l1)
            {
                l1 = newL1;
                l2 = "";
                weight = newWeight;
            }

            if (l2Cell is { IsBlank: false })
            {
                l2 = Cells.Name(l2Cell);
            }

            raw.L1 = l1;
            raw.L2 = l2;
            raw.L1Weight = weight;
            raw.L3 = map.Cell(next.Row, "level3") is { IsBlank: false } l3 ? Cells.Name(l3) : "";
            raw.ComparatorText = map.Text(next.Row, "comparator");
            raw.Target = map.Cell(next.Row, "target") is { IsBlank: false } t ? Cells.Name(t) : null;
            raw.UnitText = map.Text(next.Row, "unit");
            raw.Actual = map.Cell(next.Row, "actual") is { IsBlank: false } a ? Cells.Name(a) : null;
            raw.Reason = map.Cell(next.Row, "reason") is { IsBlank: false } r ? Cells.Lines(r.Paragraphs) : null;
            var pointsCell = map.Cell(next.Row, "points");
            raw.PointsText = pointsCell is { IsBlank: false } ? pointsCell.Text : null;
            raw.PointsMerged = pointsCell?.MergedFromAbove == true;
            var selfCell = map.Cell(next.Row, "selfScore");
            raw.SelfText = selfCell is { IsBlank: false } ? selfCell.Text : null;
            raw.SelfMerged = selfCell?.MergedFromAbove == true;
            raw.Points = ImportValues.Number(raw.PointsText);
            raw.Self = ImportValues.Number(raw.SelfText);

            if (ImportValues.IsPlaceholder(raw.L3) || (raw.L3.Length == 0 && new[] { raw.Target, raw.Actual, raw.PointsText }.All(ImportValues.IsPlaceholder)))
            {
                notes.Add(ImportText.FormatPlaceholderRow($"{raw.L1}/{raw.L2}"));
                continue;
            }

            if (raw.L3.Length == 0 && raw.Target is null && raw.Actual is null && raw.Points is null && raw.Self is null)
            {
                continue; // a level-1/level-2 name alone (the merged cell's first row carries no indicator)
            }

            if (raw.L3.Length == 0)
            {
                raw.L3 = raw.L2.Length > 0 ? raw.L2 : raw.L1;
                raw.Pending.Add(("level3", ImportText.FormatLevel3FromLevel2(raw.L3)));
            }

            rows.Add(raw);
        }

        foreach (var at in used)
        {
            ctx.Use(at);
        }

        return (rows, notes);
    }

    /// <summary>"总分 | 100 | 98.8" under a table with 分值 and 得分 columns: the 综合得分 is the cell under 得分, not the first number.</summary>
    private static void TotalRow(RecognitionContext ctx, PlacedRow row, ColumnMap map)
    {
        if (ctx.IsUsed(row.At) || !map.Has("selfScore") || row.Filled.FirstOrDefault() is not { } first
            || !ctx.V.Set("fields", "statedTotalScore").Is(Cells.Name(first)) || ctx.Report.StatedTotalScore is not null)
        {
            return;
        }

        if (map.Cell(row.Row, "selfScore") is { IsBlank: false } cell && !ReferenceEquals(cell, first) && ImportValues.Number(cell.Text) is { } total)
        {
            ctx.Report.StatedTotalScore = total;
            ctx.Found.Add("statedTotalScore");
            ctx.Use(row.At);
        }
    }

    private static bool Stops(RecognitionContext ctx, PlacedRow row)
    {
        var first = row.Filled.FirstOrDefault();
        if (first is null)
        {
            return false;
        }

        var firstText = Cells.Name(first);
        if (Cells.IsSectionHeading(firstText) || ctx.V.Set("indicators", "terminators").Is(firstText) || ctx.V.Set("goals", "labels").Is(firstText)
            || ctx.V.Set("evaluators", "name").Is(firstText) || SignOffBoxes.StartsBox(ctx, firstText))
        {
            return true;
        }

        // A field of the form ("绩效自评综合得分 | 90") or a new header row ends the table.
        if (ctx.V.Sets("fields").Any(s => s.Set.Is(firstText)))
        {
            return true;
        }

        var levels = row.Filled.Count(c => ctx.V.Set("indicators", "level1").Is(c.Text) || ctx.V.Set("indicators", "level2").Is(c.Text) || ctx.V.Set("indicators", "level3").Is(c.Text));
        return levels >= 2;
    }

    /// <summary>"产出指标（40分）" → (产出指标, 40): the weight of the level-1 group.</summary>
    private static (string Name, decimal? Weight) StripWeight(string name)
    {
        var m = WeightSuffix().Match(name);
        if (!m.Success || m.Index == 0)
        {
            return (name, null);
        }

        var bare = name[..m.Index].TrimEnd();
        return decimal.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var w)
            ? (bare, w)
            : (bare, null);
    }

    /// <summary>
    /// Some forms write the 分值 in the 指标值 column and the score in 实际完成值 (and have no 分值/得分 columns): when every
    /// row holds plain numbers there, the 指标值 add up to 100 and no score exceeds its value, they are read as 分值 and
    /// 自评得分 (定性 rows), noted once.
    /// </summary>
    private static void ReadPointsFromTargetColumn(RecognitionContext ctx, ColumnMap map, List<RawRow> rows)
    {
        if (map.Has("points") || map.Has("selfScore") || !map.Has("target") || !map.Has("actual"))
        {
            return;
        }

        if (!rows.All(r => ImportValues.IsPlainNumber(r.Target) && ImportValues.IsPlainNumber(r.Actual)))
        {
            return;
        }

        var targets = rows.Select(r => ImportValues.Number(r.Target)!.Value).ToList();
        var actuals = rows.Select(r => ImportValues.Number(r.Actual)!.Value).ToList();
        if (Math.Abs(targets.Sum() - 100m) > 0.5m || targets.Zip(actuals).Any(p => p.Second > p.First))
        {
            return;
        }

        foreach (var (r, i) in rows.Select((r, i) => (r, i)))
        {
            r.Points = targets[i];
            r.Self = actuals[i];
            r.Comparator = Comparator.Qualitative;
            r.HasPointsColumn = true;
        }

        ctx.Note("indicators", ImportText.PointsInTargetColumn(targets.Sum(), actuals.Sum()));
    }

    /// <summary>Two tables of the same indicators (targets first, results later): one row each, the later table's cells first.</summary>
    private static List<RawRow> Merge(RecognitionContext ctx, List<List<RawRow>> tables)
    {
        var result = new List<RawRow>(tables[0]);
        foreach (var table in tables.Skip(1))
        {
            var matched = table.Count(r => result.Any(x => Same(x, r)));
            if (matched == 0)
            {
                result.AddRange(table);
                continue;
            }

            ctx.Note("indicators", ImportText.FormatTablesMerged(tables.Count));
            var merged = new List<RawRow>();
            foreach (var r in table)
            {
                var earlier = result.FirstOrDefault(x => Same(x, r));
                if (earlier is not null)
                {
                    Fill(r, earlier);
                    result.Remove(earlier);
                }

                merged.Add(r);
            }

            foreach (var left in result)
            {
                ctx.Note("indicators", ImportText.FormatRowOnlyInFirstTable(left.L3));
            }

            merged.AddRange(result);
            result = merged;
        }

        return result;
    }

    private static bool Same(RawRow a, RawRow b) => Cells.Key(a.L3) == Cells.Key(b.L3) && (Cells.Key(a.L2) == Cells.Key(b.L2) || a.L2.Length == 0 || b.L2.Length == 0);

    private static void Fill(RawRow into, RawRow from)
    {
        into.ComparatorText ??= from.ComparatorText;
        into.Target ??= from.Target;
        into.UnitText ??= from.UnitText;
        into.Actual ??= from.Actual;
        into.Reason ??= from.Reason;
        into.Points ??= from.Points;
        into.Self ??= from.Self;
        into.Comparator ??= from.Comparator;
        into.HasPointsColumn |= from.HasPointsColumn;
        into.Pending.AddRange(from.Pending.Where(p => !into.Pending.Contains(p)));
    }

    /// <summary>
    /// A table without 分值 whose 一级指标 carry weights ("产出指标（40分）"): a group of one row takes the weight; a group whose
    /// self-scores add up to the weight gives each row its self-score (no row can score above its points, so that is exact);
    /// otherwise the weight stays one for the group (SharesPoints), never split by guess.
    /// </summary>
    private static void DerivePointsFromLevel1Weights(RecognitionContext ctx, List<RawRow> rows)
    {
        if (rows.Any(r => r.HasPointsColumn) || ctx.Level1Weights.Count == 0)
        {
            return;
        }

        foreach (var group in rows.GroupBy(r => r.L1))
        {
            if (!ctx.Level1Weights.TryGetValue(group.Key, out var weight))
            {
                continue;
            }

            var members = group.ToList();
            if (members.Count == 1)
            {
                members[0].Points = weight;
                members[0].Pending.Add(("points", ImportText.PointsFromLevel1Weight(group.Key, weight)));
            }
            else if (members.All(m => m.Self is not null) && members.Sum(m => m.Self!.Value) == weight)
            {
                foreach (var m in members)
                {
                    m.Points = m.Self;
                    m.Pending.Add(("points", ImportText.PointsFromFullScores(group.Key, weight, members.Count)));
                }
            }
            else
            {
                members[0].Points = weight;
                members[0].Pending.Add(("points", ImportText.PointsShared(group.Key, weight, members.Count)));
                foreach (var m in members.Skip(1))
                {
                    m.SharesPoints = true;
                }
            }
        }
    }

    private static void Assemble(RecognitionContext ctx, List<RawRow> rows)
    {
        var list = ctx.Report.Indicators;
        RawRow? previous = null;
        foreach (var raw in rows)
        {
            var i = list.Count;
            var p = $"indicators[{i}]";
            var row = new IndicatorRow { Level1 = raw.L1, Level2 = raw.L2, Level3 = raw.L3, TargetText = raw.Target, ActualText = raw.Actual, DeviationReason = raw.Reason };
            foreach (var (field, message) in raw.Pending)
            {
                ctx.Note($"{p}.{field}", message);
            }

            var target = ImportValues.ReadTarget(raw.Target, raw.L2, raw.L3);
            row.TargetValue = target?.Value;
            row.Unit = raw.UnitText ?? target?.Unit;
            var explicitComparator = ImportValues.ComparatorWord(raw.ComparatorText);
            if (raw.Comparator is { } fixedComparator)
            {
                row.Comparator = fixedComparator;
            }
            else if (explicitComparator is { } c)
            {
                row.Comparator = c;
            }
            else if (target is not null)
            {
                row.Comparator = target.Comparator;
                if (target.Judgment is { } j)
                {
                    ctx.Note($"{p}.comparator", j);
                }
            }
            else
            {
                row.Comparator = Comparator.Qualitative;
            }

            row.ActualValue = ImportValues.ReadActual(raw.Actual).Value;
            row.Points = raw.Points;
            row.SelfScore = raw.Self;
            row.SharesPoints = raw.SharesPoints;
            if (raw.PointsMerged && previous is not null)
            {
                row.SharesPoints = true;
                row.Points = null;
                ctx.Note($"{p}.points", ImportText.FormatPointsMergedCell(raw.L3));
            }
            else if (raw.HasPointsColumn && raw.Points is null && raw.PointsText is null && raw.Self is null && raw.SelfText is null
                     && previous is not null && previous.L1 == raw.L1 && (previous.Points is not null || previous.SharesPoints))
            {
                row.SharesPoints = true;
                ctx.Note($"{p}.points", ImportText.FormatPointsBlankReadAsMerged(raw.L3));
            }
            else if (raw.PointsText is not null && raw.Points is null)
            {
                ctx.Note($"{p}.points", ImportText.FormatNotANumber("分值", raw.PointsText));
            }

            if (raw.SelfText is not null && raw.Self is null)
            {
                ctx.Note($"{p}.selfScore", ImportText.FormatNotANumber("自评得分", raw.SelfText));
            }

            raw.SharesPoints = row.SharesPoints;
            list.Add(row);
            previous = raw;
        }
    }

    private static bool IsSelfScoreTable(RecognitionContext ctx, PlacedRow header, ColumnMap selfMap, List<RawRow> rows)
    {
        if (selfMap.Has("standard") || (selfMap.Has("key") && rows.Count > 0))
        {
            return true;
        }

        if (ctx.TextAbove(header.At, 3).Any(t => ctx.V.Set("selfScores", "headings").FindIn(t) is not null))
        {
            return true;
        }

        var names = rows.Select(r => r.L1).Where(n => n.Length > 0).Distinct().ToList();
        return names.Count > 0 && names.All(n => ctx.V.Set("selfScores", "level1Names").Is(n));
    }

    private static void ReadSelfScores(RecognitionContext ctx, PlacedRow header, ColumnMap map)
    {
        // ReadRows above already marked these rows as used; read them again with the self-score columns.
        string l1 = "", l2 = "";
        var t = (SourceTable)ctx.Document.Blocks[header.At.Block];
        for (var r = header.At.Row + 1; r < t.Rows.Count; r++)
        {
            var row = new PlacedRow(new RowRef(header.At.Block, r), t.Rows[r]);
            if (Stops(ctx, row))
            {
                break;
            }

            ctx.Use(row.At);
            if (!row.Filled.Any())
            {
                continue;
            }

            if (map.Cell(row.Row, "level1") is { IsBlank: false } c1)
            {
                var name = Cells.Name(c1);
                var m = WeightSuffix().Match(name);
                name = m.Success && m.Index > 0 ? name[..m.Index].TrimEnd() : name;
                if (name != l1)
                {
                    l1 = name;
                    l2 = "";
                }
            }

            if (map.Cell(row.Row, "level2") is { IsBlank: false } c2)
            {
                l2 = Cells.Name(c2);
            }

            var l3 = map.Cell(row.Row, "level3") is { IsBlank: false } c3 ? Cells.Name(c3) : "";
            var points = ImportValues.Number(map.Text(row.Row, "points"));
            var self = ImportValues.Number(map.Text(row.Row, "selfScore"));
            if (l3.Length == 0 && points is null && self is null)
            {
                continue;
            }

            var key = map.Text(row.Row, "key") is { } k && RubricKey().IsMatch(k.Trim()) ? k.Trim() : null;
            var n = ctx.Report.RubricSelfScores.Count;
            if (l3.Length == 0)
            {
                l3 = l2.Length > 0 ? l2 : l1;
                ctx.Note($"rubricSelfScores[{n}].level3", ImportText.FormatLevel3FromLevel2(l3));
            }

            ctx.Report.RubricSelfScores.Add(new RubricSelfScore
            {
                Key = key,
                Level1 = l1.Length == 0 ? null : l1,
                Level2 = l2.Length == 0 ? null : l2,
                Level3 = l3,
                Points = points,
                SelfScore = self,
                Reason = map.Cell(row.Row, "reason") is { IsBlank: false } reason ? Cells.Lines(reason.Paragraphs) : null,
            });
        }

        ctx.Found.Add("rubricSelfScores");
    }

    [GeneratedRegex(@"[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]$")]
    private static partial Regex WeightSuffix();

    [GeneratedRegex(@"^[A-Z]\.\d+(?:\.\d+)*$")]
    private static partial Regex RubricKey();
}
