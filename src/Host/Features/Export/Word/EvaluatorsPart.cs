using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// 四、评价人员 and the sign-off boxes (评价组组长, 项目单位意见, 主管部门意见, 财政部门意见) with the
/// opinions, signers and dates the workflow recorded, then 填报人 and phone.
/// </summary>
internal static class EvaluatorsPart
{
    public const string Heading = "四、评价人员";

    private static readonly int[] Columns = [1600, 1800, 3306, 1600];

    /// <summary>The paper form leaves at least this many evaluator lines to sign on.</summary>
    private const int MinEvaluatorRows = 3;

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var content = ctx.Content;
        var table = new FormTable(Columns)
            .AddRow(FormCell.Heading(Heading, 4))
            .AddRow(FormCell.Label("姓名"), FormCell.Label("职称/职务"), FormCell.Label("单位"), FormCell.Label("签字"));
        foreach (var e in content.Evaluators)
        {
            table.AddRow(FormCell.Value(e.Name), FormCell.Value(e.Title), FormCell.Value(e.Unit), FormCell.Value(""));
        }

        for (var i = content.Evaluators.Count; i < MinEvaluatorRows; i++)
        {
            table.AddRow(FormCell.Value(""), FormCell.Value(""), FormCell.Value(""), FormCell.Value(""));
        }

        var s = content.SignOffs;
        table.AddRow(Box("评价组组长意见：", "评价组组长（签字）：", s.EvaluationLeader));
        if (ctx.IsDepartment)
        {
            // A department report is signed by the department itself; its ladder has no supervising-department stage.
            table.AddRow(Box("部门意见：", "部门负责人（签字）：", s.Unit));
        }
        else
        {
            table.AddRow(Box("项目单位意见：", "项目单位负责人（签字）：", s.Unit));
            table.AddRow(Box("主管部门意见：", "主管部门负责人（签字）：", s.Department));
        }

        table.AddRow(Box("财政部门（归口业务科室）意见：", "财政部门负责人（签字）：", s.Finance));
        // 填报人 is the last row of the table (as on the Hechi form), so it never ends up alone on a page.
        table.AddRow(new FormCell
        {
            Span = 4,
            Align = JustificationValues.Left,
            Paragraphs =
            [
                WordText.Paragraph(
                [
                    WordText.Run("填报人（签名）："), WordText.Run(content.Preparer.Name ?? ""),
                    WordText.Run("          联系电话："), WordText.Run(content.Preparer.Phone ?? ""),
                ]),
            ],
        });
        yield return table.Build();
    }

    /// <summary>A whole-width box: the opinion, then the signer line and the date at the right.</summary>
    private static FormCell Box(string opinionLabel, string signerLabel, SignOff signOff)
    {
        List<Paragraph> paragraphs = [WordText.Paragraph([WordText.Run(opinionLabel, bold: true, size: WordText.SizeTable)])];
        paragraphs.AddRange(string.IsNullOrWhiteSpace(signOff.Opinion)
            ? [WordText.Paragraph(""), WordText.Paragraph("")]
            : WordText.Lines(signOff.Opinion, WordText.SizeTable, firstLineIndent: true));
        paragraphs.Add(Indented(WordText.Paragraph([WordText.Run(signerLabel, size: WordText.SizeTable), WordText.Run(signOff.Signer ?? "", size: WordText.SizeTable)], spaceBefore: 120)));
        paragraphs.Add(WordText.Paragraph([WordText.Run(ExportFormat.SignatureDate(signOff.Date), size: WordText.SizeTable)], JustificationValues.Right, spaceAfter: 60));
        // Keep-with-next on every paragraph keeps the sign-off boxes and the 填报人 row together on one page.
        foreach (var p in paragraphs)
        {
            p.ParagraphProperties!.KeepNext = new KeepNext();
        }

        return new FormCell { Span = 4, Align = JustificationValues.Left, Paragraphs = paragraphs };
    }

    private static Paragraph Indented(Paragraph p)
    {
        p.ParagraphProperties!.Indentation = new Indentation { Left = "3600" };
        return p;
    }
}
