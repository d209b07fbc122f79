using PerfEval.Host.Features.Export.Word;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary>The Word form PerfEval exports, imported again, gives back the same report — every field.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData("seeds/yueyanglou-2017-project-network-platform.json")]
    [InlineData("seeds/hechi-2020-project-network-maintenance.json")]
    [InlineData("seeds/changan-2019-project-online-service.json")]
    [InlineData("rubric-a-project-2021.json")]
    [InlineData("rubric-b-department-2021.json")]
    public void Import_ExportedDocx_GivesBackEveryField(string sample)
    {
        var (kind, content) = Sample(sample);
        var docx = ReportDocxBuilder.Build(content, kind);

        var preview = ImportBytes(docx, "export.docx");

        Assert.Equal(kind, preview.Kind);
        var expected = Leaves(content);
        var actual = Leaves(preview.Content);
        var differences = expected.Keys.Union(actual.Keys)
            .Where(k => !System.Text.Json.Nodes.JsonNode.DeepEquals(expected.GetValueOrDefault(k), actual.GetValueOrDefault(k)))
            .Select(k => $"{k}: exported {Show(expected.GetValueOrDefault(k))}, imported {Show(actual.GetValueOrDefault(k))}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(Json(content), Json(preview.Content));
    }
}
