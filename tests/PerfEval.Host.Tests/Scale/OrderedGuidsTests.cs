using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Tests.Scale;

public sealed class OrderedGuidsTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 7, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Next_ManyIds_IncreaseAsGuidsAndAsText()
    {
        var ids = new OrderedGuids(Time);

        var made = Enumerable.Range(0, 100_000).Select(_ => ids.Next()).ToList();

        Assert.Equal(made, made.Order());
        Assert.Equal(made.Select(g => g.ToString()), made.Select(g => g.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(made.Count, made.Distinct().Count());
    }

    [Fact]
    public void Next_AnyId_IsVersion7WithTheRfcVariantAndTheGivenMillisecond()
    {
        var id = new OrderedGuids(Time).Next();
        var hex = id.ToString("N");

        Assert.Equal(7, id.Version);
        Assert.Equal(0b10, Convert.ToInt32(hex[16..17], 16) >> 2);
        Assert.Equal(Time.ToUnixTimeMilliseconds(), Convert.ToInt64(hex[..12], 16));
    }

    [Fact]
    public void Next_TwoGeneratorsAtTheSameTime_NeverMakeTheSameIds()
    {
        var a = new OrderedGuids(Time);
        var b = new OrderedGuids(Time);

        var fromA = Enumerable.Range(0, 1000).Select(_ => a.Next()).ToHashSet();

        Assert.DoesNotContain(Enumerable.Range(0, 1000).Select(_ => b.Next()), fromA.Contains);
    }
}
