namespace PerfEval.Host.Features.Scoring;

/// <summary>Round-level level-1 weights as stored on <c>EvaluationRound.Level1Weights</c>: <c>"40,10,40,10"</c>.</summary>
public static class RoundWeights
{
    /// <summary>The weights, or null for none; a malformed text is a 400 on <paramref name="field"/>.</summary>
    public static IReadOnlyList<decimal>? Parse(string? text, string field = "level1Weights")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var weights = new List<decimal>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            weights.Add(decimal.TryParse(part, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) && w >= 0
                ? w
                : throw new BadInputException(field, ScoringText.FormatRoundWeightsParse(part)));
        }

        if (weights.Sum() != 100m)
        {
            throw new BadInputException(field, ScoringText.FormatRoundWeightsParse2(text, weights.Sum().ToString(CultureInfo.InvariantCulture)));
        }

        return weights;
    }

    /// <summary>The stored text for weights (null for none).</summary>
    public static string? Format(IReadOnlyList<decimal>? weights)
        => weights is { Count: > 0 } ? string.Join(",", weights.Select(w => w.ToString(CultureInfo.InvariantCulture))) : null;
}
