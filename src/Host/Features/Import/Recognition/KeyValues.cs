namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// The form's single fields, wherever they are written: a label cell with its value in the next cell
/// ("项目负责人 | 傅颖 | 联系电话 | 0730-8228080"), a cell or paragraph "label：value" ("评价方式：部门（单位）绩效自评",
/// "项目名称     公共网络平台运行经费"), two on one line ("填报人（签名）： 楚青      联系电话：8228080" — a phone on the
/// 填报人 line is the preparer's). The first value found for a field is kept.
/// </summary>
internal static partial class KeyValues
{
    private static readonly string[] FieldOrder =
    [
        "statedTotalScore", "statedGrade", "preparer", "evaluationType", "evaluationMethod", "evaluationBody", "reportDate", "period", "startDate", "endDate",
        "supervisingDepartment", "projectName", "departmentName", "unitName", "personInCharge", "phone", "address", "postcode", "year",
    ];

    public static void Run(RecognitionContext ctx)
    {
        var sets = FieldOrder.Select(f => (Field: f, Set: ctx.V.Set("fields", f))).ToList();
        foreach (var row in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var cells = row.Cells;
            var took = false;
            var preparerRow = cells.Any(c => sets.First(s => s.Field == "preparer").Set.StartOf(c.Text) is not null);
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.IsBlank)
                {
                    continue;
                }

                var label = Cells.Name(cell);
                var exact = sets.FirstOrDefault(s => s.Set.Match(label) is not null);
                if (exact.Set is not null && i + 1 < cells.Count && !IsLabel(sets, cells[i + 1].Text))
                {
                    NoteJudged(ctx, exact.Field, exact.Set.Match(label)!, cells[i + 1].Text);
                    took |= Assign(ctx, exact.Field, cells[i + 1].Paragraphs, fromTable: true, preparerRow);
                    if (exact.Field == "evaluationType" || !cells[i + 1].IsBlank)
                    {
                        i++;
                    }

                    took = true;
                    continue;
                }

                if (exact.Set is not null && exact.Field == "evaluationType")
                {
                    took |= Assign(ctx, exact.Field, cell.Paragraphs, fromTable: true, preparerRow);
                    continue;
                }

                if (cell.Paragraphs.Count > 3)
                {
                    continue; // a text box (narrative, opinion): not a field
                }

                foreach (var paragraph in cell.Paragraphs)
                {
                    foreach (var (field, value, variant) in Segments(sets, paragraph))
                    {
                        NoteJudged(ctx, field, variant, value);
                        took |= Assign(ctx, field, [value], fromTable: true, preparerRow);
                    }
                }
            }

            if (took)
            {
                ctx.Use(row.At);
            }
        }

        foreach (var (block, text) in ctx.Paragraphs().ToList())
        {
            if (ctx.IsUsedParagraph(block))
            {
                continue;
            }

            var segments = Segments(sets, text).ToList();
            var preparerLine = segments.Any(s => s.Field == "preparer");
            var took = false;
            foreach (var (field, value, variant) in segments)
            {
                NoteJudged(ctx, field, variant, value);
                took |= Assign(ctx, field, [value], fromTable: false, preparerLine);
            }

            if (took)
            {
                ctx.UseParagraph(block);
            }
        }
    }

    /// <summary>The text after a label at the start of <paramref name="line"/> (its （签名） and colon skipped).</summary>
    public static string AfterLabel(string line, string labelKey)
    {
        var end = EndOfLabel(line, labelKey);
        if (end < 0)
        {
            return "";
        }

        var rest = line[end..].TrimStart();
        var paren = ParenthesisAtStart().Match(rest);
        if (paren.Success)
        {
            rest = rest[paren.Length..].TrimStart();
        }

        return rest.TrimStart(':', '：', ' ', '\u3000').Trim();
    }

    /// <summary>The "label：value" pieces of a line: a label at its start, and further labels after a gap of spaces.</summary>
    private static IEnumerable<(string Field, string Value, LabelVariant Variant)> Segments(List<(string Field, LabelSet Set)> sets, string text)
    {
        var starts = new List<(int Index, string Field, LabelVariant Variant)>();
        var n = 0;
        while (n < text.Length)
        {
            var atStart = n == 0 || (char.IsWhiteSpace(text[n - 1]) && (n < 2 || char.IsWhiteSpace(text[n - 2]) || text[n - 2] is '，' or '；'));
            if (atStart && !char.IsWhiteSpace(text[n]))
            {
                var hit = sets.Select(s => (s.Field, Variant: s.Set.StartOf(text[n..]))).FirstOrDefault(x => x.Variant is not null);
                if (hit.Variant is not null && HasSeparator(text[n..], hit.Variant.Key))
                {
                    starts.Add((n, hit.Field, hit.Variant));
                    var end = EndOfLabel(text[n..], hit.Variant.Key);
                    n += Math.Max(end, 1);
                    continue;
                }
            }

            n++;
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var (index, field, variant) = starts[i];
            var stop = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            yield return (field, AfterLabel(text[index..stop], variant.Key), variant);
        }
    }

    /// <summary>A label is followed by a colon, a parenthesis (（签名）：) or spaces — not by more characters of another word.</summary>
    private static bool HasSeparator(string text, string key)
    {
        var end = EndOfLabel(text, key);
        if (end < 0)
        {
            return false;
        }

        if (end >= text.Length)
        {
            return true;
        }

        var next = text[end];
        return next is ':' or '：' or '(' or '（' or ' ' or '\u3000' or '\t' || char.IsWhiteSpace(next);
    }

    /// <summary>Where a label (given as its normalised key) ends in the raw text; -1 when the text does not start with it.</summary>
    private static int EndOfLabel(string text, string key)
    {
        var k = 0;
        var i = 0;
        if (text.StartsWith("其中", StringComparison.Ordinal) && !key.StartsWith("其中", StringComparison.Ordinal))
        {
            i = 2;
            while (i < text.Length && (text[i] is ':' or '：' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }
        }

        for (; i < text.Length && k < key.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var norm = c.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
            foreach (var nc in norm)
            {
                if (k < key.Length && nc == key[k])
                {
                    k++;
                }
                else
                {
                    return -1;
                }
            }
        }

        return k == key.Length ? i : -1;
    }

    private static bool IsLabel(List<(string Field, LabelSet Set)> sets, string text) => sets.Any(s => s.Set.Match(text) is not null);

    /// <summary>A label read as another field's (~ in labels.json: 联系人 as 填报人) is noted when it carries a value.</summary>
    private static void NoteJudged(RecognitionContext ctx, string field, LabelVariant variant, string? value)
    {
        if (variant.Judged && !string.IsNullOrWhiteSpace(value) && !ImportValues.IsPlaceholder(value))
        {
            ctx.Note(FieldPath(field), ImportText.LabelReadAs(variant.Written, field));
        }
    }

    private static string FieldPath(string field) => field switch
    {
        "preparer" => "preparer.name",
        "departmentName" or "projectName" => "basic.projectName",
        "statedTotalScore" or "statedGrade" => field,
        "period" => "basic.startDate",
        _ => $"basic.{field}",
    };

    /// <summary>Puts a value into its field (first value wins); paragraphs only hold short, well-formed values.</summary>
    private static bool Assign(RecognitionContext ctx, string field, IReadOnlyList<string> paragraphs, bool fromTable, bool preparerLine)
    {
        var b = ctx.Report.Basic;
        var text = Cells.Name(paragraphs);
        if (field != "evaluationType" && (text.Length == 0 || ImportValues.IsPlaceholder(text)))
        {
            return field is "preparer" or "reportDate";
        }

        if (!fromTable && text.Length > 60)
        {
            return false;
        }

        switch (field)
        {
            case "projectName":
            case "departmentName" when ctx.IsDepartment: // a department report's name is its department
                return SetText(ctx, "basic.projectName", b.ProjectName.Length == 0 ? null : b.ProjectName, text, v => b.ProjectName = v);
            case "departmentName":
            case "unitName":
                return SetText(ctx, "basic.unitName", b.UnitName, text, v => b.UnitName = v);
            case "supervisingDepartment":
                return SetText(ctx, "basic.supervisingDepartment", b.SupervisingDepartment, text, v => b.SupervisingDepartment = v);
            case "evaluationMethod":
                return SetText(ctx, "basic.evaluationMethod", b.EvaluationMethod, text, v => b.EvaluationMethod = v);
            case "evaluationBody":
                return SetText(ctx, "basic.evaluationBody", b.EvaluationBody, text, v => b.EvaluationBody = v);
            case "personInCharge":
                return SetText(ctx, "basic.personInCharge", b.PersonInCharge, text, v => b.PersonInCharge = v);
            case "phone" when preparerLine:
                return SetText(ctx, "preparer.phone", ctx.Report.Preparer.Phone, TextKey.Compact(text), v => ctx.Report.Preparer.Phone = v);
            case "phone":
                return SetText(ctx, "basic.phone", b.Phone, TextKey.Compact(text), v => b.Phone = v);
            case "address":
                return SetText(ctx, "basic.address", b.Address, text, v => b.Address = v);
            case "postcode":
                return SetText(ctx, "basic.postcode", b.Postcode, TextKey.Compact(text), v => b.Postcode = v);
            case "preparer":
                return SetText(ctx, "preparer.name", ctx.Report.Preparer.Name, text, v => ctx.Report.Preparer.Name = v);
            case "evaluationType":
                return EvaluationTypes.Read(ctx, string.Join(" ", paragraphs), "basic.evaluationType");
            case "reportDate":
                return SetDate(ctx, "basic.reportDate", text, d => b.ReportDate ??= d);
            case "startDate":
                return SetDate(ctx, "basic.startDate", text, d => b.StartDate ??= d);
            case "endDate":
                return SetDate(ctx, "basic.endDate", text, d => b.EndDate ??= d);
            case "period":
                return SetPeriod(ctx, text);
            case "year":
                var y = YearIn().Match(TextKey.Compact(text));
                if (y.Success && b.Year == 0)
                {
                    b.Year = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case "statedTotalScore":
                if (ImportValues.Number(text) is { } score && score is >= 0 and <= 100)
                {
                    ctx.Report.StatedTotalScore ??= score;
                    ctx.Found.Add("statedTotalScore");
                    return true;
                }

                return false;
            case "statedGrade":
                // In a table the grade is kept as written (a real form wrote "100"); in running text only a grade word.
                if (!fromTable && !ctx.V.Set("grades", "words").Is(text))
                {
                    return false;
                }

                if (ctx.Report.StatedGrade is null)
                {
                    ctx.Report.StatedGrade = text;
                    if (!ctx.V.Set("grades", "words").Is(text))
                    {
                        ctx.Note("statedGrade", ImportText.FormatGradeNotAGrade(text));
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool SetText(RecognitionContext ctx, string field, string? current, string value, Action<string> set)
    {
        if (current is null)
        {
            set(value);
            ctx.Found.Add(field);
        }

        return true;
    }

    private static bool SetDate(RecognitionContext ctx, string field, string text, Action<FormDate> set)
    {
        if (ImportValues.ReadDate(text) is not { } d)
        {
            ctx.Note(field, ImportText.FormatNotADate(text));
            return true;
        }

        set(d.Date);
        ctx.Found.Add(field);
        if (d.Judgment is { } j)
        {
            ctx.Note(field, j);
        }

        return true;
    }

    private static bool SetPeriod(RecognitionContext ctx, string text)
    {
        var b = ctx.Report.Basic;
        if (ImportValues.ReadPeriod(text) is not { } p)
        {
            ctx.Note("basic.startDate", ImportText.FormatNotADate(text));
            return true;
        }

        if (b.StartDate is null && b.EndDate is null)
        {
            b.StartDate = p.Start;
            b.EndDate = p.End;
            ctx.Found.Add("basic.startDate");
            foreach (var j in p.Judgments)
            {
                ctx.Note("basic.startDate", j);
            }
        }

        return true;
    }

    [GeneratedRegex(@"((?:19|20|21)\d{2})")]
    private static partial Regex YearIn();

    [GeneratedRegex(@"^[（(][^）)]{0,10}[）)]")]
    private static partial Regex ParenthesisAtStart();
}

/// <summary>评价类型 with its tick boxes: 事前评价□ 事中评价□ 事后评价√, 项目实施过程评价□ 项目完成结果评价■.</summary>
internal static class EvaluationTypes
{
    public static bool Read(RecognitionContext ctx, string text, string field)
    {
        var options = ctx.V.Sets("evaluationTypes");
        var ticked = ctx.V.Strings("tickedMarks");
        var empty = ctx.V.Strings("emptyMarks");
        var key = TextKey.Compact(text);
        var found = new List<(string Name, bool? Ticked)>();
        foreach (var (name, set) in options)
        {
            foreach (var v in set.Variants)
            {
                var at = key.IndexOf(v.Written, StringComparison.Ordinal);
                if (at < 0 || found.Any(f => f.Name == name))
                {
                    continue;
                }

                // The mark right after the option (事后评价√) or right before it (☑事后评价).
                var after = at + v.Written.Length < key.Length ? key[at + v.Written.Length].ToString() : "";
                var before = at > 0 ? key[at - 1].ToString() : "";
                bool? state = ticked.Contains(after) || ticked.Contains(before) ? true : empty.Contains(after) || empty.Contains(before) ? false : null;
                found.Add((name, state));
            }
        }

        // "项目实施过程评价" also contains "实施过程评价": keep the longest option at each place.
        found = [.. found.GroupBy(f => f.Name).Select(g => g.First())];
        var chosen = found.Where(f => f.Ticked == true).ToList();
        if (chosen.Count == 0 && found.Count == 1 && found[0].Ticked is null)
        {
            chosen = found;
        }

        if (chosen.Count == 1)
        {
            ctx.Report.Basic.EvaluationType = Enum.Parse<EvaluationType>(chosen[0].Name, ignoreCase: true);
            ctx.Found.Add(field);
            return true;
        }

        if (chosen.Count > 1)
        {
            ctx.Note(field, ImportText.FormatSeveralTypesTicked(text.Trim()));
        }

        return found.Count > 0;
    }
}
