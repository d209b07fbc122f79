using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// The narrative (评价报告综述 and the report's running text) by its headings. Headings are numbered (一、（一）1、（1）①) or
/// short unnumbered lines that name a part; each heading is matched against the variants of the narrative parts
/// (<c>labels.json → narrative</c>) and its text goes to that part. A heading that names its part is not copied into the text;
/// other headings stay as a line. Sub-headings follow their parent, except where they name a part that is never a
/// sub-part of another (评价结论, 存在问题, 绩效目标, 职能职责 …) or the parent is only a container (基本情况, 综述).
/// PerfEval's own export (the six titles of the form exactly) is split at those titles only, so its text comes back as written.
/// </summary>
internal static partial class NarrativeOutline
{
    private const string Intro = "intro";

    private static readonly string[] NarrativeFields =
        ["overview", "fundsUseAndManagement", "implementation", "performanceAnalysis", "conclusion", "experienceProblemsSuggestions"];

    private static readonly HashSet<string> Overridable = [Intro, "overview", "container"];

    private static readonly HashSet<string> AlwaysOwn = ["conclusion", "goals", "indicators", "duties", "annualTasks", "yearOverview", "experienceProblemsSuggestions", "ignore"];

    private sealed record Line(string Text, int Block);

    private sealed record Heading(int Rank, string Title, string Inline, string Full);

    public static void Run(RecognitionContext ctx)
    {
        var lines = Collect(ctx);
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var parts = ReportKindText.NarrativeParts(ctx.IsDepartment);
        var titleKeys = parts.ToDictionary(p => TextKey.Of(p.Title), p => p.Field);
        var firstTitle = lines.FindIndex(l => titleKeys.ContainsKey(TextKey.Of(l.Text)));
        var exact = firstTitle >= 0 && lines.Count(l => titleKeys.ContainsKey(TextKey.Of(l.Text))) >= 4;

        Outline(ctx, exact ? lines.Take(firstTitle).ToList() : lines, texts, sources);
        if (exact)
        {
            // PerfEval's own layout: everything between two of the form's titles is that part's text, as written.
            string? current = null;
            foreach (var line in lines.Skip(firstTitle))
            {
                if (titleKeys.TryGetValue(TextKey.Of(line.Text), out var field))
                {
                    current = field;
                    texts.TryAdd(field, []);
                    continue;
                }

                if (current is not null)
                {
                    texts[current].Add(line.Text);
                }
            }
        }

        Apply(ctx, texts, sources, exact);
    }

    /// <summary>Paragraphs outside tables that no field took, and the paragraphs of text boxes (a table of one cell, or a cell of many paragraphs).</summary>
    private static List<Line> Collect(RecognitionContext ctx)
    {
        var lines = new List<Line>();
        for (var b = 0; b < ctx.Document.Blocks.Count; b++)
        {
            switch (ctx.Document.Blocks[b])
            {
                case SourceParagraph p when !ctx.IsUsedParagraph(b) && !PageNumber().IsMatch(p.Text):
                    lines.Add(new Line(p.Text, b));
                    break;
                case SourceTable t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var filled = t.Rows[r].Cells.Where(c => !c.IsBlank).ToList();
                        var box = (t.Rows.Count == 1 && filled.Count == 1) || (filled.Count == 1 && filled[0].Paragraphs.Count >= 3);
                        if (box && !ctx.IsUsed(new RowRef(b, r)))
                        {
                            ctx.Use(new RowRef(b, r));
                            lines.AddRange(filled[0].Paragraphs.Select(p => new Line(p, b)));
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        return lines;
    }

    private static void Outline(RecognitionContext ctx, List<Line> lines, Dictionary<string, List<string>> texts, Dictionary<string, List<string>> sources)
    {
        var stack = new List<(int Rank, string Target)>();
        List<string>? currentOutline = null;
        // A kept heading is written with the first line of text under it: a heading followed only by a table or by
        // another heading ("（一）人员编制情况" over its table) adds nothing to the text.
        (string Target, string Line)? pending = null;
        foreach (var line in JoinBrokenLines(lines))
        {
            if (ParseHeading(ctx, line, inSection: stack.Count > 0) is { } h)
            {
                while (stack.Count > 0 && stack[^1].Rank >= h.Rank)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var parent = stack.Count > 0 ? stack[^1].Target : Intro;
                var named = Classify(ctx, h.Title);
                var target = named is null ? parent
                    : Overridable.Contains(parent) || AlwaysOwn.Contains(named) ? named
                    : parent;
                if (named == "goals" && ctx.Found.Contains("goals"))
                {
                    target = parent == Intro ? "overview" : parent;
                }

                if (pending is { } unwritten && (unwritten.Line.EndsWith('。') || unwritten.Line.Contains('，', StringComparison.Ordinal)))
                {
                    Add(texts, unwritten.Target, unwritten.Line); // a long "heading" with nothing under it is text after all
                }

                stack.Add((h.Rank, target));
                pending = null;
                currentOutline = [];
                ctx.Outline.Add((h.Full, currentOutline));
                if (named is not null && named != Intro)
                {
                    Source(sources, target, h.Full);
                }

                if (named == target)
                {
                    // The heading names its part: not part of the text; a value written after it ("三、…：text") is.
                    if (h.Inline.Length > 0)
                    {
                        Add(texts, target, h.Inline);
                        currentOutline.Add(h.Inline);
                    }
                }
                else if (h.Inline.Length > 0)
                {
                    Add(texts, target, $"{h.Full}：{h.Inline}");
                    currentOutline.Add(h.Inline);
                }
                else
                {
                    pending = (target, h.Full);
                }

                continue;
            }

            var into = stack.Count > 0 ? stack[^1].Target : Intro;
            if (pending is { } p && p.Target == into)
            {
                Add(texts, into, p.Line);
            }

            pending = null;
            Add(texts, into, line);
            currentOutline?.Add(line);
        }
    }

    /// <summary>A paragraph broken in the middle of a sentence ("…我局组织了自" / "评工作小组…") is one paragraph again.</summary>
    private static IEnumerable<string> JoinBrokenLines(List<Line> lines)
    {
        string? pending = null;
        foreach (var line in lines.Select(l => Labels.TightenCjk(l.Text.Trim())).Where(t => t.Length > 0))
        {
            if (pending is not null && !EndsSentence(pending) && !StartsNumbered(line) && !StartsNumbered(pending) && Labels.IsWide(line[0])
                && Labels.IsWide(pending[^1]) && pending.Length > 20)
            {
                pending += line;
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = line;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static bool EndsSentence(string text) => text[^1] is '。' or '！' or '？' or '；' or '：' or '”' or '」' or '.' or ';' or ':' or '）' or ')';

    private static bool StartsNumbered(string text) => Numbered().IsMatch(text);

    private static Heading? ParseHeading(RecognitionContext ctx, string line, bool inSection)
    {
        var m = Numbered().Match(line);
        if (m.Success)
        {
            var rank = m.Groups["r1"].Success ? 1 : m.Groups["r2"].Success ? 2 : m.Groups["r3"].Success ? 3 : m.Groups["r4"].Success ? 4 : 5;
            var rest = line[m.Length..].Trim();
            var colon = ColonOutsideParentheses(rest);
            var title = colon >= 0 ? rest[..colon] : rest;
            var inline = colon >= 0 ? rest[(colon + 1)..].Trim() : "";
            var inner = title.TrimEnd('；', ';', '。');
            if (title.Length > 40 || inner.IndexOfAny(['。', '；', ';', '！', '？']) >= 0 || ListItem().IsMatch(inner)
                || (colon < 0 && title.Length > 30 && title.EndsWith('。')))
            {
                return null; // a numbered sentence or list of the text ("1.社保扩面征缴；2.待遇…"), not a heading
            }

            return new Heading(rank, title.TrimEnd('；', ';', '。'), inline, colon >= 0 ? line[..(m.Length + colon)].Trim() : line.TrimEnd('：', ':'));
        }

        // An unnumbered short line that names a part ("预算执行情况", "项目资金投入情况（…）", "评价结论："), inside a numbered
        // section only: before the first heading, short lines are the title block.
        if (!inSection)
        {
            return null;
        }

        var t = line.Trim();
        var c = ColonOutsideParentheses(t);
        var head = c >= 0 ? t[..c] : t;
        var after = c >= 0 ? t[(c + 1)..].Trim() : "";
        if (head.Length is 0 or > 32 || head.Contains('。', StringComparison.Ordinal) || (after.Length > 0 && c >= 0 && head.Length > 12) || Classify(ctx, head) is null)
        {
            return null;
        }

        return after.Length > 30 ? null : new Heading(6, head.TrimEnd('；', ';'), after, c >= 0 ? t[..c] : t.TrimEnd('：', ':'));
    }

    /// <summary>The first colon that is not inside parentheses ("收入情况（单位：万元）" has none).</summary>
    private static int ColonOutsideParentheses(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '（' or '(':
                    depth++;
                    break;
                case '）' or ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '：' or ':' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    /// <summary>The part a heading names: the one whose longest variant the heading contains (ties: the order of the file).</summary>
    private static string? Classify(RecognitionContext ctx, string title)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var (name, set) in ctx.V.Sets("narrative"))
        {
            if (set.FindIn(title) is { } v && v.Key.Length > bestLength)
            {
                best = name;
                bestLength = v.Key.Length;
            }
        }

        return best;
    }

    private static void Add(Dictionary<string, List<string>> texts, string target, string line)
    {
        if (!texts.TryGetValue(target, out var list))
        {
            texts[target] = list = [];
        }

        list.Add(line);
    }

    private static void Source(Dictionary<string, List<string>> sources, string target, string heading)
    {
        if (!sources.TryGetValue(target, out var list))
        {
            sources[target] = list = [];
        }

        list.Add(heading);
    }

    private static void Apply(RecognitionContext ctx, Dictionary<string, List<string>> texts, Dictionary<string, List<string>> sources, bool exact)
    {
        var n = ctx.Report.Narrative;
        var parts = ReportKindText.NarrativeParts(ctx.IsDepartment).ToDictionary(p => p.Field);
        string? Text(string key) => texts.TryGetValue(key, out var l) && l.Count > 0 ? string.Join("\n", l) : null;

        foreach (var field in NarrativeFields)
        {
            if (Text(field) is { } text)
            {
                parts[field].Set(n, text);
                ctx.Found.Add($"narrative.{field}");
                if (!exact && sources.TryGetValue(field, out var from))
                {
                    ctx.Note($"narrative.{field}", ImportText.NarrativeFrom(parts[field].Label, from));
                }
            }
        }

        foreach (var (key, label) in new[] { ("duties", "职能职责"), ("annualTasks", "年度主要工作任务"), ("yearOverview", ReportKindText.YearOverview) })
        {
            if (Text(key) is not { } text)
            {
                continue;
            }

            if (ctx.Report.Department is { } d)
            {
                switch (key)
                {
                    case "duties": d.Duties ??= text; break;
                    case "annualTasks": d.AnnualTasks ??= text; break;
                    default: d.YearOverview ??= text; break;
                }

                ctx.Found.Add($"department.{key}");
            }
            else
            {
                n.Overview = n.Overview is null ? text : n.Overview + "\n" + text;
                ctx.Note("narrative.overview", ImportText.FormatDepartmentPartInProject(label));
            }
        }

        if (Text("goals") is { } goals)
        {
            var expected = GoalPrefix().Replace(goals, "");
            ctx.Report.Goals.Add(new Rules.Model.QualitativeGoal { Expected = expected });
            ctx.Found.Add("goals");
            ctx.Note("goals[0].expected", ImportText.GoalFromText(sources.TryGetValue("goals", out var g) ? g : []));
            ctx.Note("goals[0].actual", ImportText.GoalActualNotFound);
        }

        if (Text("indicators") is { } extra)
        {
            n.PerformanceAnalysis = n.PerformanceAnalysis is null ? extra : n.PerformanceAnalysis + "\n" + extra;
            ctx.Note("narrative.performanceAnalysis", ImportText.IndicatorTextMoved);
        }

        var dropped = (texts.TryGetValue(Intro, out var intro) ? intro : []).Concat(texts.TryGetValue("container", out var c) ? c : [])
            .Where(t => t.Length > 40).ToList();
        if (dropped.Count > 0)
        {
            ctx.Note("narrative", ImportText.ParagraphsNotPlaced(dropped));
        }
    }

    [GeneratedRegex(@"^\s*(?:(?<r1>[一二三四五六七八九十]{1,3}\s*[、.．])|(?<r2>[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])|(?<r3>\d{1,2}\s*[、.．](?!\d))|(?<r4>[（(]\s*\d{1,2}\s*[）)])|(?<r5>[①②③④⑤⑥⑦⑧⑨⑩]))\s*")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\d{1,2}\s*[、.．](?!\d)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[-—－\s第]*\d{1,3}[-—－\s页]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:项目)?(?:预期)?绩效(?:总)?目标[。：:]\s*")]
    private static partial Regex GoalPrefix();
}
