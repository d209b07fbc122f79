using System.Text;
using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Tests.Import.Fixtures;

/// <summary>
/// What copying a Word document gives, as the seeds show it: paragraphs as lines; each table cell on its own tab-indented
/// line (its further paragraphs on untabbed lines after it), rows separated by a blank line, two blank lines after a table.
/// Merged cells come out as they do when copied: the lower parts of a vertical merge as blank cells, spans as one cell.
/// </summary>
internal static class SourceTextWriter
{
    public static byte[] Write(SourceDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SourceParagraph p:
                    sb.Append(p.Text).Append('\n');
                    break;
                case SourceTable t:
                    sb.Append('\n');
                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            sb.Append('\t').Append(cell.Paragraphs.Count > 0 ? cell.Paragraphs[0] : "").Append('\n');
                            foreach (var more in cell.Paragraphs.Skip(1))
                            {
                                sb.Append(more).Append('\n');
                            }
                        }

                        sb.Append('\n');
                    }

                    sb.Append("\n\n");
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
