using PerfEval.Host.Tests.Import.Fixtures;
using Xunit.Abstractions;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary>The three seed reports imported from their text and from .docx built from it, against the hand-entered samples/seeds.</summary>
public sealed class SeedImportTests(ITestOutputHelper output)
{
    public static TheoryData<string> SeedNames => new(Seeds);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Import_SeedTextAndDocx_GiveTheSamePreview(string seed)
    {
        var fromText = ImportBytes(SeedText(seed), seed + ".txt");
        var fromDocx = ImportBytes(SeedDocx(seed), seed + ".docx");

        Assert.Equal(Json(fromText), Json(fromDocx));
    }

    [Theory]
    [InlineData(Yueyanglou, "txt")]
    [InlineData(Yueyanglou, "docx")]
    [InlineData(Hechi, "txt")]
    [InlineData(Hechi, "docx")]
    [InlineData(Changan, "txt")]
    [InlineData(Changan, "docx")]
    public void Import_Seed_MatchesHandEnteredCopy(string seed, string format)
    {
        var bytes = format == "txt" ? SeedText(seed) : SeedDocx(seed);
        var (kind, expected) = Sample($"seeds/{seed}.json");

        var preview = ImportBytes(bytes, $"{seed}.{format}");
        var comparison = Comparison.Of(preview, expected);

        output.WriteLine($"{seed}.{format}: numeric {comparison.NumericEqual}/{comparison.NumericFields}, indicator rows {comparison.IndicatorRowsEqual}/{comparison.IndicatorRows}, notes {preview.Notes.Count}");
        foreach (var d in comparison.Differences)
        {
            output.WriteLine("  " + d);
        }

        Assert.Equal(kind, preview.Kind);
        Assert.Equal(comparison.IndicatorRows, comparison.IndicatorRowsEqual);
        Assert.Equal(expected.Indicators.Count, preview.Content.Indicators.Count);
        Assert.True(comparison.NumericShare >= 0.98m, $"numeric fields equal: {comparison.NumericEqual}/{comparison.NumericFields}");
        Assert.Empty(comparison.Unexplained);
    }
}
