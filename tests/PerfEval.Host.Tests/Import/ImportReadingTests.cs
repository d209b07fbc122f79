using System.Text;
using PerfEval.Host.Features.Import.Recognition;
using PerfEval.Host.Features.Import.Source;
using PerfEval.Host.Tests.Import.Fixtures;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.Import.Fixtures.FormBuilder;

namespace PerfEval.Host.Tests.Import;

/// <summary>How the import reads text, Word and values: the pieces the recogniser stands on.</summary>
public sealed class ImportReadingTests
{
    [Fact]
    public void ReadText_CellWithSeveralParagraphs_KeepsThemInTheCell()
    {
        var doc = TextSourceReader.Read("标题\n\n\t产出指标\n\n（40分）\n\t数量指标\n\n\t\n\t质量指标\n\n\n二、下一节\n");

        var table = Assert.IsType<SourceTable>(doc.Blocks[1]);
        Assert.Equal(["产出指标", "（40分）"], table.Rows[0].Cells[0].Paragraphs);
        Assert.Equal("数量指标", table.Rows[0].Cells[1].Text);
        Assert.True(table.Rows[1].Cells[0].IsBlank);
        Assert.Equal("二、下一节", Assert.IsType<SourceParagraph>(doc.Blocks[2]).Text);
    }

    [Fact]
    public void ReadText_RowsSeparatedByTwoBlankLines_StayInOneTable()
    {
        var doc = TextSourceReader.Read("\t项目负责人\n\t傅颖\n\n\n\t项目地址\n\t云梦路15号\n");

        Assert.Equal(2, Assert.IsType<SourceTable>(Assert.Single(doc.Blocks)).Rows.Count);
    }

    [Fact]
    public void ReadText_NotepadRows_AreOneTable()
    {
        var doc = TextSourceReader.Read("支出内容\t计划支出数\t实际支出数\n302商品和服务支出\t20\t20\n");

        var table = Assert.IsType<SourceTable>(Assert.Single(doc.Blocks));
        Assert.Equal(["302商品和服务支出", "20", "20"], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Decode_Gb18030Text_ReadsAsUtf8Would()
    {
        var text = "项目名称：网络维护费";

        Assert.True(TextSourceReader.TryDecode(BadFiles.Gb18030(text), out var decoded, out var encoding));
        Assert.Equal(text, decoded);
        Assert.Equal("GB18030", encoding);
        Assert.True(TextSourceReader.TryDecode(Encoding.UTF8.GetBytes(text), out _, out var utf8));
        Assert.Equal("UTF-8", utf8);
    }

    [Fact]
    public void ReadDocx_MergedCells_GiveGridColumnsSpansAndMergedFromAbove()
    {
        var docx = new FormBuilder().Table(3,
            [Down("产出指标"), C("数量指标", 2)],
            [Cont(), C("质量"), C("10")]).Build();

        var table = ImportFile.ReadDocx(docx).Tables.Single();

        Assert.Equal((0, 1, false), (table.Rows[0].Cells[0].Column, table.Rows[0].Cells[0].Span, table.Rows[0].Cells[0].MergedFromAbove));
        Assert.Equal((1, 2), (table.Rows[0].Cells[1].Column, table.Rows[0].Cells[1].Span));
        Assert.True(table.Rows[1].Cells[0].MergedFromAbove);
        Assert.Equal(2, table.Rows[1].Cells[2].Column);
    }

    [Fact]
    public void Recognise_TypeTickedWithWingdingsBox_IsRead()
    {
        var docx = new FormBuilder().P("评价类型：事前评价□ 事中评价□ 事后评价☑").P("项目名称：测试项目").P("主管部门：测试局").P("项目单位：测试中心").P("项目负责人：张三").Build();

        var preview = ReportRecogniser.Recognise(ImportFile.ReadDocx(docx));

        Assert.Equal(EvaluationType.Posterior, preview.Content.Basic.EvaluationType);
    }

    [Theory]
    [InlineData("≥95%", Comparator.AtLeast, 95, "%")]
    [InlineData("不超过870万", Comparator.AtMost, 870, "万")]
    [InlineData("95%以上", Comparator.AtLeast, 95, "%")]
    [InlineData("≤1500元", Comparator.AtMost, 1500, "元")]
    [InlineData("＝170元/户", Comparator.Equal, 170, "元/户")]
    [InlineData("10338件", Comparator.AtLeast, 10338, "件")]
    [InlineData("明显改善", Comparator.Qualitative, null, null)]
    [InlineData("2021年12月底前", Comparator.Qualitative, null, null)]
    public void ReadTarget_AsWritten_GivesComparatorNumberAndUnit(string text, Comparator comparator, int? value, string? unit)
    {
        var read = ImportValues.ReadTarget(text, "数量指标", "指标")!;

        Assert.Equal(text, read.Text);
        Assert.Equal((comparator, value is null ? null : (decimal?)value, unit), (read.Comparator, read.Value, read.Unit));
        Assert.NotNull(read.Judgment);
    }

    [Theory]
    [InlineData("补助标准", Comparator.Equal)]
    [InlineData("人均经办成本", Comparator.AtMost)]
    public void ReadTarget_NoSignWritten_AssumesByTheIndicatorsName(string level3, Comparator expected)
    {
        Assert.Equal(expected, ImportValues.ReadTarget("170元", "成本指标", level3)!.Comparator);
    }

    [Theory]
    [InlineData("2018年3 月15 日", "2018-03-15", false)]
    [InlineData("2020年8月", "2020-08", true)]
    [InlineData("2020年8月起至今", "2020-08..", true)]
    [InlineData("二〇二一年三月十五日", "2021-03-15", false)]
    [InlineData("2021.3.5", "2021-03-05", false)]
    public void ReadDate_FormsWrittenOnForms_GiveTheDateAndAJudgmentWhereAssumed(string text, string expected, bool judged)
    {
        var read = ImportValues.ReadDate(text)!;

        Assert.Equal(expected, read.Date.ToString());
        Assert.Equal(judged, read.Judgment is not null);
    }

    [Theory]
    [InlineData("2020年1月1日至2020年12月31日", "2020-01-01", "2020-12-31")]
    [InlineData(" 20170101-20171231", "2017-01-01", "2017-12-31")]
    [InlineData("2021年1月至12月", "2021-01", "2021-12")]
    [InlineData("2020年8月起至今", "2020-08..", null)]
    [InlineData("2020年度", "2020-01", "2020-12")]
    public void ReadPeriod_FormsOfPeriod_GiveStartAndEnd(string text, string start, string? end)
    {
        var read = ImportValues.ReadPeriod(text)!;

        Assert.Equal(start, read.Start?.ToString());
        Assert.Equal(end, read.End?.ToString());
    }

    [Theory]
    [InlineData("1,730,000", 1730000)]
    [InlineData(" １２０ ", 120)]
    [InlineData("50万元", 50)]
    [InlineData("/", null)]
    [InlineData("—", null)]
    [InlineData("无", null)]
    public void Amount_AsWritten_IsANumberOrBlank(string text, int? expected)
    {
        Assert.Equal(expected is null ? null : (decimal?)expected, ImportValues.Amount(text).Value);
    }

    [Fact]
    public void Labels_SpacedFullWidthWithUnit_CompareEqual()
    {
        var set = Vocabulary.Default.Set("funding", "rows", "planned");

        Assert.True(set.Is("计划安排资金（万元）："));
        Assert.True(set.Is("计 划 安 排 资 金"));
        Assert.True(set.Is("年初预算数"));
        Assert.Equal("元", Labels.Key("实际支出数(单位：元)").Unit);
    }

    [Fact]
    public void Recognise_FundingInYuan_ConvertsToWanYuanAndNotes()
    {
        var docx = new FormBuilder()
            .P("2022年度项目支出绩效自评报告")
            .Table(4,
                [C("项目名称"), C("测试项目", 3)],
                [C("计划安排资金（元）"), C("1,730,000"), C("实际到位资金（元）"), C("1,730,000")],
                [C("其中：中央财政"), C(""), C("其中：中央财政"), C("")],
                [C("县级财政"), C("1,730,000"), C("县级财政"), C("1,730,000")])
            .Build();

        var preview = ReportRecogniser.Recognise(ImportFile.ReadDocx(docx));

        Assert.Equal(173m, preview.Content.Funding.Planned.Total);
        Assert.Equal(173m, preview.Content.Funding.Arrived.County);
        Assert.Null(preview.Content.Funding.Planned.Central);
        Assert.Contains(preview.Notes, n => n.Field == "funding.planned.total" && n.Message.Contains("173 万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognise_NarrativeReportWithOtherHeadings_PutsEachPartInItsField()
    {
        var docx = new FormBuilder()
            .P("关于2022年度农村劳动力转移就业培训项目绩效自评报告")
            .P("项目单位：示范县就业服务中心")
            .P("联系人：张三        联系电话：0716-8123456")
            .P("一、基本情况")
            .P("（一）项目概况")
            .P("项目于2022年实施，培训农村劳动力2100人次。")
            .P("（二）项目绩效目标")
            .P("全年培训2000人次，培训合格率不低于90%。")
            .P("二、绩效评价工作开展情况")
            .P("成立自评工作组，收集资料并实地核查。")
            .P("三、综合评价情况及评价结论")
            .P("项目自评得分96分，评价等级为优。")
            .P("四、绩效评价指标分析")
            .P("产出指标全部完成，效益指标基本完成。")
            .P("五、主要经验及做法、存在的问题及原因分析")
            .P("部分学员就业跟踪不及时。")
            .P("六、有关建议")
            .P("建立学员就业跟踪台账。")
            .Build();

        var preview = ReportRecogniser.Recognise(ImportFile.ReadDocx(docx));
        var n = preview.Content.Narrative;

        Assert.Equal("项目于2022年实施，培训农村劳动力2100人次。", n.Overview);
        Assert.Equal("全年培训2000人次，培训合格率不低于90%。", preview.Content.Goals.Single().Expected);
        Assert.Equal("成立自评工作组，收集资料并实地核查。", n.Implementation);
        Assert.Equal("项目自评得分96分，评价等级为优。", n.Conclusion);
        Assert.Equal("产出指标全部完成，效益指标基本完成。", n.PerformanceAnalysis);
        Assert.Equal("部分学员就业跟踪不及时。\n建立学员就业跟踪台账。", n.ExperienceProblemsSuggestions);
        Assert.Equal((96m, "优"), (preview.Content.StatedTotalScore, preview.Content.StatedGrade));
        Assert.Equal(("张三", "0716-8123456"), (preview.Content.Preparer.Name, preview.Content.Preparer.Phone));
        Assert.Contains(preview.Notes, n => n.Field == "preparer.name" && n.Message.Contains("联系人", StringComparison.Ordinal));
        Assert.Equal(2022, preview.Content.Basic.Year);
        Assert.Equal("农村劳动力转移就业培训", preview.Content.Basic.ProjectName);
        Assert.Contains(preview.Notes, n => n.Field == "basic.projectName");
    }

    [Fact]
    public void Recognise_Meeting_NoticeIsNotAReport()
    {
        Assert.Throws<ImportRefusedException>(() => ReportRecogniser.Recognise(ImportFile.ReadDocx(BadFiles.NotAReport())));
    }

    [Fact]
    public void Recognise_BlankPointsUnderAFilledOneInText_IsAGroupWithANote()
    {
        var text = "2021年度项目支出绩效自评报告\n项目名称：测试\n\n"
                   + "\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\t实际完成值\n\t分值\n\t得分\n\n"
                   + "\t效益指标\n\t经济效益\n\t带动消费\n\t明显\n\t明显\n\t15\n\t15\n\n"
                   + "\t\n\t社会效益\n\t保障水平\n\t提高\n\t提高\n\t\n\t\n\n\n";

        var preview = ReportRecogniser.Recognise(ImportFile.ReadText(Encoding.UTF8.GetBytes(text)));

        Assert.True(preview.Content.Indicators[1].SharesPoints);
        Assert.Null(preview.Content.Indicators[1].Points);
        Assert.Contains(preview.Notes, n => n.Field == "indicators[1].points");
    }
}
