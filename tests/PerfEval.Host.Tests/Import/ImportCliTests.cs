using System.Text.Json;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Import.Fixtures;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary><c>import &lt;file&gt; [--kind]</c>: the preview as JSON on stdout, exit 2 with a message for unreadable input.</summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfeval-import-").FullName;

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await PerfEval.Host.Cli.Cli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Import_SeedText_PrintsKindContentAndNotes()
    {
        var (code, output, _) = await RunAsync("import", Path.Combine(Root, "samples", "import", Yueyanglou + ".txt"));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["kind", "content", "notes"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("project", json.RootElement.GetProperty("kind").GetString());
        var content = json.RootElement.GetProperty("content").Deserialize<ReportDocument>(JsonDefaults.Options)!;
        Assert.Equal("公共网络平台运行经费", content.Basic.ProjectName);
        Assert.Equal(90m, content.StatedTotalScore);
        Assert.NotEmpty(json.RootElement.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task Import_Docx_PrintsTheSameAsItsText()
    {
        var docx = Write("hechi.docx", SeedDocx(Hechi));

        var (code, output, _) = await RunAsync("import", docx);
        var (_, fromText, _) = await RunAsync("import", Path.Combine(Root, "samples", "import", Hechi + ".txt"));

        Assert.Equal(0, code);
        Assert.Equal(fromText, output);
    }

    [Fact]
    public async Task Import_KindDepartment_ImportsAsDepartmentReport()
    {
        var (code, output, _) = await RunAsync("import", Path.Combine(Root, "samples", "import", Hechi + ".txt"), "--kind", "department");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("department", json.RootElement.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("png")]
    [InlineData("encrypted")]
    [InlineData("notice")]
    [InlineData("badkind")]
    [InlineData("nofile")]
    public async Task Import_UnreadableInput_Exits2WithMessage(string what)
    {
        string[] args = what switch
        {
            "missing" => ["import", Path.Combine(_dir, "nope.docx")],
            "png" => ["import", Write("photo.docx", BadFiles.Png())],
            "encrypted" => ["import", Write("secret.docx", BadFiles.EncryptedDocx())],
            "notice" => ["import", Write("notice.docx", BadFiles.NotAReport())],
            "badkind" => ["import", Path.Combine(Root, "samples", "import", Hechi + ".txt"), "--kind", "budget"],
            _ => ["import"],
        };

        var (code, output, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("错误：", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileOverTheLimit_Exits2NamingTheLimit()
    {
        var path = Write("big.txt", SeedText(Hechi));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await PerfEval.Host.Cli.ImportCommand.RunAsync([path], stdout, stderr, maxFileBytes: 1024);

        Assert.Equal(2, code);
        Assert.Contains("MB", stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
