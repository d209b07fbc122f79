using PerfEval.Rules.Definitions;

namespace PerfEval.Rules.Tests;

public class RubricDiffTests
{
    [Fact]
    public void Compare_SameVersion_HasNoChanges()
    {
        Assert.Empty(RubricDiff.Compare(TestFiles.Definition("rubric-a-project"), TestFiles.Definition("rubric-a-project")));
    }

    [Fact]
    public void Compare_EditedVersion_ListsAddedRemovedPointsAndParameters()
    {
        var before = TestFiles.Definition("rubric-a-project");
        var after = TestFiles.Definition("rubric-a-project");
        var outputs = after.Groups[2].Children[0];
        outputs.Indicators.RemoveAt(0);
        outputs.Indicators.Add(new IndicatorDefinition { Key = "A.3.1.9", Name = "产出数量（新）", Points = 5, Template = TemplateKind.Ratio });
        var satisfaction = after.AllIndicators().Single(i => i.Key == "A.3.2.5");
        satisfaction.Parameters.Tiers![0].Lower = 92;
        after.Groups[0].Points = 21;

        var changes = RubricDiff.Compare(before, after);

        Assert.Contains(changes, c => c.Kind == RubricChangeKind.Removed && c.Key == "A.3.1.1");
        Assert.Contains(changes, c => c.Kind == RubricChangeKind.Added && c.Key == "A.3.1.9");
        Assert.Contains(changes, c => c.Kind == RubricChangeKind.ScoringChanged && c.Key == "A.3.2.5");
        Assert.Contains(changes, c => c.Kind == RubricChangeKind.PointsChanged && c.Key == "A.1" && c.Description.Contains("由 20 改为 21", StringComparison.Ordinal));
    }
}
