using PerfEval.Host.Features.RubricEditor;
using PerfEval.Rules.Definitions;

namespace PerfEval.Host.Tests.RubricEditor;

/// <summary>The view-model's drag-and-drop moves: order, group membership, stable keys, sums and verification.</summary>
public sealed class RubricEditorMoveTests
{
    // 产出 60 = 数量 30 (a 10, b 10, c 10) + 质量 30 (d 30); 管理 40 = 制度 40 (e 40). Everything adds up.
    private static (RubricEditorModel Model, IndicatorGroup Output, IndicatorGroup Quantity, IndicatorGroup Quality, IndicatorGroup Management) Build()
    {
        var m = RubricEditorModel.NewRubric("rubric-x-mini", "拖放测试");
        var output = m.AddLevel1("产出", 60);
        var quantity = m.AddLevel2(output, "数量", 30);
        m.AddIndicator(quantity, "a", 10);
        m.AddIndicator(quantity, "b", 10);
        m.AddIndicator(quantity, "c", 10);
        var quality = m.AddLevel2(output, "质量", 30);
        m.AddIndicator(quality, "d", 30);
        var management = m.AddLevel1("管理", 40);
        var rules = m.AddLevel2(management, "制度", 40);
        m.AddIndicator(rules, "e", 40);
        Assert.Empty(m.Problems);
        return (m, output, quantity, quality, management);
    }

    private static string[] Keys(IndicatorGroup g) => [.. g.Indicators.Select(i => i.Key)];

    [Fact]
    public void MoveIndicator_WithinGroupDown_LandsAtIndexKeysStay()
    {
        var (m, _, quantity, _, _) = Build();
        var a = quantity.Indicators[0];

        Assert.True(m.MoveIndicator(a, quantity, 2));

        Assert.Equal(["X.1.1.2", "X.1.1.3", "X.1.1.1"], Keys(quantity));
        Assert.Equal("a", quantity.Indicators[2].Name);
        Assert.Empty(m.Problems);
    }

    [Fact]
    public void MoveIndicator_WithinGroupUp_LandsAtIndex()
    {
        var (m, _, quantity, _, _) = Build();

        Assert.True(m.MoveIndicator(quantity.Indicators[2], quantity, 0));

        Assert.Equal(["X.1.1.3", "X.1.1.1", "X.1.1.2"], Keys(quantity));
    }

    [Fact]
    public void MoveIndicator_AcrossGroups_KeyStaysBothSumsChangeAndRollUpErrorsNamed()
    {
        var (m, _, quantity, quality, _) = Build();
        var b = quantity.Indicators[1];

        Assert.True(m.MoveIndicator(b, quality, 0));

        Assert.Same(b, quality.Indicators[0]);
        Assert.Equal("X.1.1.2", b.Key);
        Assert.Equal(["X.1.1.2", "X.1.2.1"], Keys(quality));
        Assert.Equal(["X.1.1.1", "X.1.1.3"], Keys(quantity));
        Assert.Equal(20m, RubricEditorModel.ChildSum(quantity));
        Assert.Equal(40m, RubricEditorModel.ChildSum(quality));
        Assert.False(RubricEditorModel.AddsUp(quantity));
        Assert.False(RubricEditorModel.AddsUp(quality));
        Assert.NotEmpty(m.ProblemsFor("X.1.1"));
        Assert.NotEmpty(m.ProblemsFor("X.1.2"));

        // Back where it was: the rubric verifies again.
        Assert.True(m.MoveIndicator(b, quantity, 1));
        Assert.Equal(["X.1.1.1", "X.1.1.2", "X.1.1.3"], Keys(quantity));
        Assert.Empty(m.Problems);
    }

    [Fact]
    public void MoveIndicator_IndexOutOfRange_Clamped()
    {
        var (m, _, quantity, quality, _) = Build();

        Assert.True(m.MoveIndicator(quantity.Indicators[0], quality, 99));

        Assert.Equal(["X.1.2.1", "X.1.1.1"], Keys(quality));
    }

    [Fact]
    public void MoveIndicator_NotInRubric_FalseAndNothingChanges()
    {
        var (m, _, quantity, quality, _) = Build();
        var stranger = new IndicatorDefinition { Key = "Z.1.1.1", Points = 5 };

        Assert.False(m.MoveIndicator(stranger, quality, 0));
        Assert.False(m.MoveIndicator(quantity.Indicators[0], new IndicatorGroup { Key = "Z.1" }, 0));

        Assert.Equal(["X.1.2.1"], Keys(quality));
        Assert.Equal(3, quantity.Indicators.Count);
    }

    [Fact]
    public void AddIndicator_AfterMovingOut_DoesNotReuseMovedKey()
    {
        var (m, _, quantity, quality, _) = Build();
        m.MoveIndicator(quantity.Indicators[2], quality, 1); // X.1.1.3 now under X.1.2

        var added = m.AddIndicator(quantity, "new", 10);

        Assert.Equal("X.1.1.4", added.Key);
        Assert.Equal(m.Definition.AllIndicators().Count(), m.Definition.AllIndicators().Select(i => i.Key).Distinct().Count());
    }

    [Fact]
    public void MoveLevel2_AcrossLevel1_KeepsIndicatorsAndKeysLevel1SumsChange()
    {
        var (m, output, _, quality, management) = Build();

        Assert.True(m.MoveLevel2(quality, management, 0));

        Assert.Equal(["X.1.2", "X.2.1"], management.Children.Select(c => c.Key));
        Assert.Equal(["X.1.1"], output.Children.Select(c => c.Key));
        Assert.Equal(["X.1.2.1"], Keys(quality));
        Assert.Equal(30m, RubricEditorModel.ChildSum(output));
        Assert.Equal(70m, RubricEditorModel.ChildSum(management));
        Assert.NotEmpty(m.ProblemsFor("X.1"));
        Assert.NotEmpty(m.ProblemsFor("X.2"));
    }

    [Fact]
    public void MoveLevel2_WithinLevel1_Reorders()
    {
        var (m, output, _, quality, _) = Build();

        Assert.True(m.MoveLevel2(quality, output, 0));

        Assert.Equal(["X.1.2", "X.1.1"], output.Children.Select(c => c.Key));
        Assert.Empty(m.Problems);
    }

    [Fact]
    public void MoveLevel2_Level1Group_False()
    {
        var (m, output, _, _, management) = Build();

        Assert.False(m.MoveLevel2(output, management, 0));

        Assert.Equal(2, m.Definition.Groups.Count);
    }
}
