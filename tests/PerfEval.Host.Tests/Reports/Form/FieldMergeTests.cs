using PerfEval.Host.Features.Reports.Form.Inputs;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Reports.Form;

public sealed class FieldMergeTests
{
    private static ReportDocument Base() => new()
    {
        Basic = new BasicFacts { ProjectName = "项目", PersonInCharge = "张三", Phone = "0730-1234567", Year = 2020 },
        Indicators = [new IndicatorRow { Level1 = "产出指标", Level3 = "培训人数" }],
    };

    [Fact]
    public void Merge_DifferentFieldsOfOneSection_KeepsBoth()
    {
        var b = Base();
        var mine = b.Clone();
        mine.Basic.Phone = "0730-7654321";
        var theirs = b.Clone();
        theirs.Basic.PersonInCharge = "李四";

        var result = FieldMerge.Merge(b, mine, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal("李四", result.Merged.Basic.PersonInCharge);
        Assert.Equal("0730-7654321", result.Merged.Basic.Phone);
    }

    [Fact]
    public void Merge_SameFieldChangedDifferently_OffersOnlyThatField()
    {
        var b = Base();
        var mine = b.Clone();
        mine.Basic.PersonInCharge = "王五";
        mine.Basic.Phone = "0730-7654321";
        var theirs = b.Clone();
        theirs.Basic.PersonInCharge = "李四";
        theirs.Indicators[0].Level3 = "培训人次";

        var result = FieldMerge.Merge(b, mine, theirs);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("basic.personInCharge", conflict.Path);
        Assert.Equal("王五", result.Merged.Basic.PersonInCharge);
        Assert.Equal("培训人次", result.Merged.Indicators[0].Level3);
        Assert.Equal("0730-7654321", result.Merged.Basic.Phone);
    }

    [Fact]
    public void Merge_SameValueOnBothSides_IsNoConflict()
    {
        var b = Base();
        var mine = b.Clone();
        mine.Basic.PersonInCharge = "李四";
        var theirs = b.Clone();
        theirs.Basic.PersonInCharge = "李四";

        Assert.Empty(FieldMerge.Merge(b, mine, theirs).Conflicts);
    }

    [Fact]
    public void Merge_RowAddedByOneSideRowEditedByOther_IsOneConflictOnTheList()
    {
        var b = Base();
        var mine = b.Clone();
        mine.Indicators.Add(new IndicatorRow { Level3 = "新增" });
        var theirs = b.Clone();
        theirs.Indicators[0].Level3 = "培训人次";

        var conflict = Assert.Single(FieldMerge.Merge(b, mine, theirs).Conflicts);
        Assert.Equal("indicators", conflict.Path);
    }

    [Fact]
    public void Take_ConflictingPath_SetsTheirValueOnly()
    {
        var mine = Base();
        mine.Basic.PersonInCharge = "王五";
        mine.Basic.Phone = "1";
        var theirs = Base();
        theirs.Basic.PersonInCharge = "李四";

        var result = FieldMerge.Take(mine, theirs, ["basic.personInCharge"]);

        Assert.Equal("李四", result.Basic.PersonInCharge);
        Assert.Equal("1", result.Basic.Phone);
    }
}
