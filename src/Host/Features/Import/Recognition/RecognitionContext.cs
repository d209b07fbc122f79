using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>Where a row sits: the block index of its table and the row index inside it.</summary>
internal readonly record struct RowRef(int Block, int Row);

/// <summary>A table row with its place in the document.</summary>
internal sealed record PlacedRow(RowRef At, SourceRow Row)
{
    public IReadOnlyList<SourceCell> Cells => Row.Cells;

    /// <summary>The cells that hold something.</summary>
    public IEnumerable<SourceCell> Filled => Row.Cells.Where(c => !c.IsBlank);
}

/// <summary>
/// The state one import works on: the source document, the report being filled, the notes, and which rows and paragraphs
/// a recogniser has already taken (so a 合计 row of one table is not read again as a field by another).
/// </summary>
internal sealed class RecognitionContext
{
    private readonly HashSet<RowRef> _usedRows = [];
    private readonly HashSet<int> _usedParagraphs = [];
    private readonly List<ImportNote> _notes = [];

    public RecognitionContext(SourceDocument document, ReportKind kind)
    {
        Document = document;
        Kind = kind;
        Report = new ReportDocument { Department = kind == ReportKind.Department ? new DepartmentSection() : null };
    }

    public SourceDocument Document { get; }

    public ReportKind Kind { get; }

    public bool IsDepartment => Kind == ReportKind.Department;

    public ReportDocument Report { get; }

    public Vocabulary V => Vocabulary.Default;

    public IReadOnlyList<ImportNote> Notes => _notes;

    /// <summary>Narrative headings with their text, for later look-ups (a deviation reason explained under 满意度…).</summary>
    public List<(string Heading, List<string> Lines)> Outline { get; } = [];

    /// <summary>What was found, for the "is this a report at all" decision and the not-found notes.</summary>
    public HashSet<string> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>Work left until every table is read (e.g. the expenditure unit inferred from the funding grid).</summary>
    public List<Action> Finishers { get; } = [];

    /// <summary>Level-1 weights read from 一级指标 names ("产出指标（40分）").</summary>
    public Dictionary<string, decimal> Level1Weights { get; } = new(StringComparer.Ordinal);

    /// <summary>分值 / 执行率 / 得分 of the budget execution read beside the funding grid (national 自评表), for the indicator table.</summary>
    public (decimal? Points, string? Rate, decimal? Score)? PendingBudgetExecution { get; set; }

    /// <summary>The unit named before the year in the title ("长安区社会保险中心2019年度"), used when no field names it.</summary>
    public string? TitleUnit { get; set; }

    /// <summary>The unit the funding grid was written in, when a header said so.</summary>
    public string? FundingUnit { get; set; }

    /// <summary>Adds a note; the same note twice is kept once.</summary>
    public void Note(string field, string message)
    {
        if (!_notes.Any(n => n.Field == field && n.Message == message))
        {
            _notes.Add(new ImportNote(field, message));
        }
    }

    /// <summary>Every table row in document order.</summary>
    public IEnumerable<PlacedRow> Rows()
    {
        for (var b = 0; b < Document.Blocks.Count; b++)
        {
            if (Document.Blocks[b] is SourceTable t)
            {
                for (var r = 0; r < t.Rows.Count; r++)
                {
                    yield return new PlacedRow(new RowRef(b, r), t.Rows[r]);
                }
            }
        }
    }

    /// <summary>The rows of one table from a row on.</summary>
    public IEnumerable<PlacedRow> RowsAfter(RowRef at)
    {
        var t = (SourceTable)Document.Blocks[at.Block];
        for (var r = at.Row + 1; r < t.Rows.Count; r++)
        {
            yield return new PlacedRow(new RowRef(at.Block, r), t.Rows[r]);
        }
    }

    /// <summary>
    /// The rows below <paramref name="at"/> that hold something, each with its first filled cell, up to a row another table
    /// already took; blank rows between them are taken on the way (a template's empty lines belong to this table).
    /// </summary>
    public IEnumerable<(PlacedRow Row, SourceCell First)> FilledRowsAfter(RowRef at)
    {
        foreach (var row in RowsAfter(at))
        {
            if (IsUsed(row.At))
            {
                yield break;
            }

            if (row.Filled.FirstOrDefault() is { } first)
            {
                yield return (row, first);
            }
            else
            {
                Use(row.At);
            }
        }
    }

    /// <summary>Paragraphs outside tables with their block index.</summary>
    public IEnumerable<(int Block, string Text)> Paragraphs()
    {
        for (var b = 0; b < Document.Blocks.Count; b++)
        {
            if (Document.Blocks[b] is SourceParagraph p)
            {
                yield return (b, p.Text);
            }
        }
    }

    public bool IsUsed(RowRef at) => _usedRows.Contains(at);

    public void Use(RowRef at) => _usedRows.Add(at);

    public bool IsUsedParagraph(int block) => _usedParagraphs.Contains(block);

    public void UseParagraph(int block) => _usedParagraphs.Add(block);

    /// <summary>The text of the paragraphs and table rows just above a row (a heading such as "（单位：元）").</summary>
    public IEnumerable<string> TextAbove(RowRef at, int rows = 2)
    {
        var t = (SourceTable)Document.Blocks[at.Block];
        for (var r = at.Row - 1; r >= 0 && r >= at.Row - rows; r--)
        {
            yield return string.Join(" ", t.Rows[r].Cells.Select(c => c.Text));
        }

        if (at.Row - rows < 0)
        {
            for (var b = at.Block - 1; b >= 0 && b >= at.Block - 2; b--)
            {
                if (Document.Blocks[b] is SourceParagraph p)
                {
                    yield return p.Text;
                }
                else
                {
                    break;
                }
            }
        }
    }
}

/// <summary>Column headers found in a header row: field name → the header cell (for its grid column) and the unit its label named.</summary>
internal sealed class ColumnMap
{
    public Dictionary<string, SourceCell> Columns { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> Units { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LabelVariant> Variants { get; } = new(StringComparer.Ordinal);

    public bool Has(string field) => Columns.ContainsKey(field);

    public int Count => Columns.Count;

    /// <summary>Matches each cell of a header row against the columns' label sets (first set that matches, each used once).</summary>
    public static ColumnMap Of(SourceRow row, IReadOnlyList<(string Name, LabelSet Set)> columns)
    {
        var map = new ColumnMap();
        foreach (var cell in row.Cells.Where(c => !c.IsBlank))
        {
            var label = Cells.Name(cell);
            foreach (var (name, set) in columns)
            {
                if (map.Columns.ContainsKey(name) || set.Match(label) is not { } v)
                {
                    continue;
                }

                map.Columns[name] = cell;
                map.Units[name] = Labels.Key(label).Unit;
                map.Variants[name] = v;
                break;
            }
        }

        return map;
    }

    /// <summary>The cell of <paramref name="row"/> under the column <paramref name="field"/> (null when the row has none there).</summary>
    public SourceCell? Cell(SourceRow row, string field) => Columns.TryGetValue(field, out var header) ? Cells.Under(row, header) : null;

    /// <summary>The text under a column (blank → null).</summary>
    public string? Text(SourceRow row, string field) => Cell(row, field) is { IsBlank: false } c ? c.Text : null;
}

/// <summary>Reading cells.</summary>
internal static class Cells
{
    /// <summary>The data cell under a header cell: the one starting at the header's grid column, else one overlapping it.</summary>
    public static SourceCell? Under(SourceRow row, SourceCell header)
    {
        SourceCell? overlap = null;
        foreach (var c in row.Cells)
        {
            if (c.Column == header.Column)
            {
                return c;
            }

            if (overlap is null && c.Column < header.Column + header.Span && header.Column < c.Column + c.Span)
            {
                overlap = c;
            }
        }

        return overlap;
    }

    /// <summary>
    /// A name written over several lines of a narrow cell, joined as one: "社会效益"+"指标" → 社会效益指标,
    /// "预算执行率指标"+"（10分）" → 预算执行率指标（10分）, two phrases with a comma between them; spaces between
    /// Chinese characters removed (贺  洪 → 贺洪).
    /// </summary>
    public static string Name(SourceCell cell) => Name(cell.Paragraphs);

    /// <inheritdoc cref="Name(SourceCell)"/>
    public static string Name(IReadOnlyList<string> paragraphs)
    {
        var parts = paragraphs.Select(p => Labels.TightenCjk(p.Trim())).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return "";
        }

        var result = parts[0];
        foreach (var next in parts.Skip(1))
        {
            var glue = next[0] is '（' or '(' or '、' or '，' or '）' or ')' || next.Length <= 2 || result[^1] is '，' or '、' or '；' or '：' or ',' or ':' or ';' or '/'
                ? ""
                : "，";
            result += glue + next;
        }

        return result;
    }

    /// <summary>A multi-line text: the paragraphs one per line, spaces between Chinese characters removed.</summary>
    public static string Lines(IReadOnlyList<string> paragraphs) =>
        string.Join("\n", paragraphs.Select(p => Labels.TightenCjk(p.Trim())).Where(p => p.Length > 0));

    /// <summary>A value cell as one line: blank and placeholders ("/") → null.</summary>
    public static string? Value(SourceCell? cell)
    {
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        var text = Name(cell);
        return ImportValues.IsPlaceholder(text) ? null : text;
    }

    /// <summary>Whether the text is a section heading of the form ("四、评价人员", "二、项目支出明细").</summary>
    public static bool IsSectionHeading(string? text)
    {
        var t = (text ?? "").Trim();
        return t.Length is > 2 and < 40 && "一二三四五六七八九十".Contains(t[0], StringComparison.Ordinal) && t.IndexOf('、', StringComparison.Ordinal) is 1 or 2;
    }

    /// <summary>The comparison key of a name (for matching rows of two tables).</summary>
    public static string Key(string? name) => TextKey.Of(name);
}
