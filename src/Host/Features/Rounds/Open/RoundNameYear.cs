namespace PerfEval.Host.Features.Rounds.Open;

/// <summary>The year a round's name states ("2026年度…"), so that 年度 follows the name by default.</summary>
internal static partial class RoundNameYear
{
    public static int? Of(string? name) =>
        Pattern().Match(name ?? "") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex Pattern();
}
