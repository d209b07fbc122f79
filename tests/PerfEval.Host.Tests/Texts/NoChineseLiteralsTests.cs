using PerfEval.Host.Tests.Scoring;

namespace PerfEval.Host.Tests.Texts;

/// <summary>User-visible Chinese lives in .resx resources read through the features' *Text classes (ADR-010), never in code.</summary>
public sealed class NoChineseLiteralsTests
{
    /// <summary>
    /// Paths under src/Host whose Chinese is data, not UI text: vocabularies the code matches or writes by rule, Chinese in
    /// every UI culture. Everything else must read its texts from resources.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DataVocabularies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Features/Import/Recognition/"] = "label synonyms, headings and patterns the Word/Excel importer matches in Chinese reports",
        ["Features/Import/Source/"] = "markers the text reader matches in pasted Chinese reports",
        ["Features/Import/ImportReport.cs"] = "file name of the Chinese Excel indicator template",
        ["Features/Export/"] = "wording of the official Chinese forms written into .docx/.xlsx (dates 年月日, sheet and column names, fonts)",
        ["DemoData/"] = "demo organisations, users and reports",
        ["Features/Dashboard/GetDashboard.cs"] = "grade names 优/良/中/差 counted among stored grades",
        ["Features/Workflow/Designer/RouteTemplates.cs"] = "grade names the route conditions compare with",
        ["Features/Workflow/Designer/DesignerModel.cs"] = "grade a new route condition starts with (stored in the workflow JSON)",
        ["Features/Reports/Form/AnswerInputs.cs"] = "qualitative band ids (达成/部分达成/未达成) stored in answers",
        ["Features/Reports/Form/Inputs/FormInput.cs"] = "Chinese numerals and units (万元, 亿, 年月日) the inputs parse",
        ["Features/RubricEditor/RubricEditorModel.cs"] = "starting content of a new indicator, written into the rubric JSON (产出 is a matched keyword)",
        ["Features/RuleSets/ShippedRuleSetsTask.cs"] = "change note stored with the shipped rule sets",
        ["Features/Reminders/Email/SmtpOptions.cs"] = "default sender name, a configuration value",
    };

    private static string HostDirectory => Path.Combine(ScoringTestSupport.RepoRoot(), "src", "Host");

    [Fact]
    public void HostSources_OutsideDataVocabularies_HaveNoChineseLiterals()
    {
        var found = ChineseLiteralScanner.ScanTree(HostDirectory, DataVocabularies.Keys);

        Assert.True(found.Count == 0,
            "Chinese literals in code (add the text as an entry of the feature's *Text.resx and use the generated member, see docs/web-ui.md):\n"
            + string.Join('\n', found));
    }

    [Fact]
    public void DataVocabularies_NameExistingPaths()
    {
        var missing = DataVocabularies.Keys.Where(p => !File.Exists(Path.Combine(HostDirectory, p)) && !Directory.Exists(Path.Combine(HostDirectory, p)));

        Assert.Empty(missing);
    }

    [Fact]
    public void ScanTree_FileWithChineseLiteral_NamesFileAndLine()
    {
        var root = Directory.CreateTempSubdirectory("perfeval-texts-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "Features"));
            File.WriteAllText(Path.Combine(root.FullName, "Features", "Handler.cs"), "// 注释\nclass H\n{\n    string M() => \"保存成功\";\n}\n");
            File.WriteAllText(Path.Combine(root.FullName, "Features", "Page.razor"), "@* 注释 *@\n<MudText>标题</MudText>\n");
            File.WriteAllText(Path.Combine(root.FullName, "Vocabulary.cs"), "class V { string[] W = [\"合计\"]; }\n");

            var found = ChineseLiteralScanner.ScanTree(root.FullName, ["Vocabulary.cs"]);

            Assert.Equal(["Features/Handler.cs:4: string M() => \"保存成功\";", "Features/Page.razor:2: <MudText>标题</MudText>"], found);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("var a = 1;\nvar b = \"保存\";", 2)]
    [InlineData("var s = $\"共 {n} 份\";", 1)]
    [InlineData("var s = $\"{n}\" +\n  $\"{(a ? \"部门\" : \"x\")}\";", 2)]
    [InlineData("var s = @\"第\"\"一\"\"行\";", 1)]
    [InlineData("var s = $@\"{{x}} 第 {n} 行\";", 1)]
    [InlineData("var s = \"\"\"\n  原始文本\n  \"\"\";", 1)]
    [InlineData("throw new X(\"a\\\"b\", \"出错\");", 1)]
    public void Scan_ChineseStringLiteral_ReportsItsLine(string source, int line)
    {
        Assert.Equal([line], ChineseLiteralScanner.Scan(source, razor: false));
    }

    [Theory]
    [InlineData("// 中文注释\nvar a = 1;")]
    [InlineData("/// <summary>中文文档</summary>\nvoid M() { }")]
    [InlineData("/* 中文\n 注释 */ var a = \"ok\";")]
    [InlineData("var s = string.Join(\"、\", xs) + \"（）：\";")]
    [InlineData("var c = '代'; var u = \"http://x\"; // 中文")]
    [InlineData("var s = $\"{a}：{b}\"; // 说明")]
    public void Scan_ChineseOnlyInCommentsOrPunctuation_ReportsNothing(string source)
    {
        Assert.Empty(ChineseLiteralScanner.Scan(source, razor: false));
    }

    [Theory]
    [InlineData("<h1>@UiText.AppName</h1>\n<MudText>保存</MudText>", new[] { 2 })]
    [InlineData("<MudButton aria-label=\"菜单\" />", new[] { 1 })]
    [InlineData("@code {\n    private string _e = \"请填写\";\n}", new[] { 2 })]
    [InlineData("@* 中文 *@\n<!-- 中文\n注释 -->\n@code {\n    // 中文\n    /* 中文 */\n}", new int[0])]
    [InlineData("<a href=\"https://example.org\">@UiText.Open</a> @* 打开 *@", new int[0])]
    public void Scan_Razor_ReportsMarkupAndCodeButNotComments(string source, int[] lines)
    {
        Assert.Equal(lines, ChineseLiteralScanner.Scan(source, razor: true));
    }
}
