using System.Text.RegularExpressions;

namespace PerfEval.Host.Tests.Texts;

/// <summary>
/// Finds Chinese (Han) text in code: C# string literals outside comments and XML docs, and in .razor files any markup
/// or code outside Razor, HTML and C# comments. Punctuation alone (、：（）) is not Chinese text.
/// </summary>
internal static partial class ChineseLiteralScanner
{
    /// <summary>Calls and attributes whose text is an OpenAPI summary or description.</summary>
    private static readonly string[] OpenApiText = [".WithSummary(", ".WithDescription(", "EndpointSummary(", "EndpointDescription("];

    /// <summary>The 1-based lines of <paramref name="source"/> that hold a Chinese literal.</summary>
    public static IReadOnlyList<int> Scan(string source, bool razor)
    {
        ArgumentNullException.ThrowIfNull(source);
        return razor ? ScanRazor(source) : ScanCSharp(source);
    }

    /// <summary>
    /// Every Chinese literal in the .cs and .razor files under <paramref name="hostDirectory"/>, as "path:line: text", except in
    /// generated migrations, bin/obj, paths starting with one of <paramref name="excluded"/> (relative, '/'-separated), OpenAPI
    /// summaries and descriptions (documentation for developers) and [GeneratedRegex] patterns (never shown).
    /// </summary>
    public static IReadOnlyList<string> ScanTree(string hostDirectory, IEnumerable<string> excluded)
    {
        var skip = excluded.ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(hostDirectory, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(hostDirectory, file).Replace('\\', '/');
            var razor = rel.EndsWith(".razor", StringComparison.Ordinal);
            if (!(razor || rel.EndsWith(".cs", StringComparison.Ordinal)) || rel.StartsWith("bin/", StringComparison.Ordinal)
                || rel.StartsWith("obj/", StringComparison.Ordinal) || rel.Contains("/Migrations/", StringComparison.Ordinal)
                || rel.EndsWith(".Designer.cs", StringComparison.Ordinal) || skip.Any(x => rel.StartsWith(x, StringComparison.Ordinal)))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            var lines = source.Split('\n');
            foreach (var line in Scan(source, razor))
            {
                var text = lines[line - 1].Trim();
                if (!OpenApiText.Any(x => text.Contains(x, StringComparison.Ordinal)) && !text.StartsWith("[GeneratedRegex(", StringComparison.Ordinal))
                {
                    found.Add($"{rel}:{line}: {text}");
                }
            }
        }

        return found;
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u4dbf' or >= '\u4e00' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    private static List<int> ScanRazor(string source)
    {
        // Comments become spaces (newlines kept, so line numbers stay right).
        var text = RazorComment().Replace(source, Blank);
        text = HtmlComment().Replace(text, Blank);
        text = BlockComment().Replace(text, Blank);
        var lines = text.Split('\n');
        var found = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = LineComment().Replace(lines[i], "");
            if (line.Any(IsHan))
            {
                found.Add(i + 1);
            }
        }

        return found;
    }

    private static string Blank(Match m) => new([.. m.Value.Select(c => c == '\n' ? '\n' : ' ')]);

    private static List<int> ScanCSharp(string s)
    {
        var found = new SortedSet<int>();
        var i = 0;
        while (i < s.Length)
        {
            i = Step(s, i, found);
        }

        return [.. found];
    }

    /// <summary>Reads one token from <paramref name="i"/>, recording the line of a literal with Han characters.</summary>
    private static int Step(string s, int i, SortedSet<int> found)
    {
        if (At(s, i, "//"))
        {
            var end = s.IndexOf('\n', i);
            return end < 0 ? s.Length : end;
        }

        if (At(s, i, "/*"))
        {
            var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + 2;
        }

        if (s[i] == '\'')
        {
            var k = i + 1;
            if (k < s.Length && s[k] == '\\')
            {
                k += 2;
            }

            while (k < s.Length && s[k] != '\'' && s[k] != '\n')
            {
                k++;
            }

            return k + 1;
        }

        if (s[i] is '"' or '$' or '@' && (s[i] == '"' || i == 0 || !(char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_')))
        {
            var end = Literal(s, i, found);
            if (end > i)
            {
                return end;
            }
        }

        return i + 1;
    }

    /// <summary>The end of the string literal at <paramref name="i"/> (or <paramref name="i"/> when none starts there).</summary>
    private static int Literal(string s, int i, SortedSet<int> found)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < s.Length && s[j] is '$' or '@')
        {
            dollars += s[j] == '$' ? 1 : 0;
            verbatim |= s[j] == '@';
            j++;
        }

        if (j >= s.Length || s[j] != '"')
        {
            return i;
        }

        var line = Line(s, i);
        var han = false;
        if (At(s, j, "\"\"\""))
        {
            var quotes = 0;
            while (j + quotes < s.Length && s[j + quotes] == '"')
            {
                quotes++;
            }

            var close = s.IndexOf(new string('"', quotes), j + quotes, StringComparison.Ordinal);
            var end = close < 0 ? s.Length : close + quotes;
            if (s[j..end].Any(IsHan))
            {
                found.Add(line);
            }

            return end;
        }

        j++;
        while (j < s.Length)
        {
            var c = s[j];
            if (dollars > 0 && c == '{')
            {
                if (At(s, j, "{{"))
                {
                    j += 2;
                    continue;
                }

                j = Hole(s, j + 1, found);
                continue;
            }

            if (!verbatim && c == '\\')
            {
                j += 2;
                continue;
            }

            if (c == '"')
            {
                if (verbatim && At(s, j, "\"\""))
                {
                    j += 2;
                    continue;
                }

                j++;
                break;
            }

            if (!verbatim && c == '\n')
            {
                break;
            }

            han |= IsHan(c);
            j++;
        }

        if (han)
        {
            found.Add(line);
        }

        return j;
    }

    /// <summary>Scans the code of an interpolation hole; returns the index after its closing brace.</summary>
    private static int Hole(string s, int i, SortedSet<int> found)
    {
        var depth = 0;
        while (i < s.Length)
        {
            switch (s[i])
            {
                case '{' or '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '}' when depth == 0:
                    return i + 1;
                case '}':
                    depth--;
                    break;
                default:
                    var next = Step(s, i, found);
                    if (next != i + 1)
                    {
                        i = next;
                        continue;
                    }

                    break;
            }

            i++;
        }

        return i;
    }

    private static bool At(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;

    private static int Line(string s, int i) => s.AsSpan(0, i).Count('\n') + 1;

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    // A whole-line comment, or one after code; "://" (a URL) is not a comment.
    [GeneratedRegex(@"(^|(?<=[\s;{}]))//.*$")]
    private static partial Regex LineComment();
}
