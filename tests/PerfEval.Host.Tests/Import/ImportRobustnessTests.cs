using System.Text;
using PerfEval.Host.Features.Import.Recognition;
using PerfEval.Host.Features.Import.Source;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary>Reports of other bureaus will not look like the seeds: mangled seeds are either read or refused, never a crash.</summary>
public sealed class ImportRobustnessTests
{
    [Fact]
    public void Recognise_MangledSeeds_ReadOrRefuseButNeverThrowAnythingElse()
    {
        var random = new Random(20260);
        var failures = new List<string>();
        for (var n = 0; n < 300; n++)
        {
            var seed = Seeds[n % Seeds.Length];
            var lines = Encoding.UTF8.GetString(SeedText(seed)).Split('\n').ToList();
            for (var edit = random.Next(1, 12); edit > 0; edit--)
            {
                var i = random.Next(lines.Count);
                switch (random.Next(6))
                {
                    case 0: lines.RemoveAt(i); break;
                    case 1: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                    case 2: lines[i] = "\t" + lines[i]; break;
                    case 3: lines[i] = lines[i].TrimStart('\t'); break;
                    case 4: lines.Insert(i, ""); break;
                    default: lines[i] = new string([.. lines[i].Reverse()]); break;
                }
            }

            try
            {
                var document = ImportFile.ReadText(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                if (n % 2 == 1)
                {
                    // As Word: some cells spanning columns, some merged from above.
                    document = ImportFile.ReadDocx(Fixtures.SourceDocxWriter.Write(Merge(document, random)));
                }

                ReportRecogniser.Recognise(document);
            }
            catch (ImportRefusedException)
            {
                // refused: fine
            }
#pragma warning disable CA1031 // the point of this test is to catch anything else
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"{seed} #{n}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(failures);
    }

    private static SourceDocument Merge(SourceDocument document, Random random) => new([.. document.Blocks.Select(b => b is not SourceTable t ? b
        : new SourceTable([.. t.Rows.Select((row, r) =>
        {
            var cells = new List<SourceCell>();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var span = random.Next(8) == 0 ? 2 : 1;
                var merged = r > 0 && random.Next(6) == 0;
                cells.Add(new SourceCell(merged ? [] : cell.Paragraphs, column, span, merged));
                column += span;
            }

            return new SourceRow(cells);
        })]))]);
}
