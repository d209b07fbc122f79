using PerfEval.Host.Features.Reports.Form.Inputs;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Reports.Form;

public sealed class FundingCalculatorTests
{
    [Fact]
    public void Edited_SourceCell_RowTotalIsTheSumOfFilledSources()
    {
        var grid = new FundingGrid { Planned = new FundingRow { Central = 10, City = 5.5m } };

        FundingCalculator.Edited(grid, "planned", "city");

        Assert.Equal(15.5m, grid.Planned.Total);
    }

    [Fact]
    public void Edited_AllSourcesBlank_TotalIsBlankNotZero()
    {
        var grid = new FundingGrid { Planned = new FundingRow { Total = 20 } };

        FundingCalculator.Edited(grid, "planned", "city");

        Assert.Null(grid.Planned.Total);
    }

    [Fact]
    public void Edited_ArrivedAndSpent_BalanceIsTheirDifferencePerColumnAndInTotal()
    {
        var grid = new FundingGrid { Arrived = new FundingRow { City = 100 }, Spent = new FundingRow { City = 95 } };

        FundingCalculator.Edited(grid, "spent", "city");

        Assert.Equal(5m, grid.Balance.City);
        Assert.Equal(5m, grid.Balance.Total);
    }

    [Fact]
    public void Edited_SpentBlank_BalanceStaysBlank()
    {
        var grid = new FundingGrid { Arrived = new FundingRow { City = 100 } };

        FundingCalculator.Edited(grid, "arrived", "city");

        Assert.Null(grid.Balance.City);
    }

    [Fact]
    public void Differs_StatedTotalNotTheSum_GivesTheComputedValue()
    {
        var grid = new FundingGrid { Planned = new FundingRow { Central = 10, City = 5, Total = 16 } };

        Assert.Equal(15m, FundingCalculator.Differs(grid, "planned", "total"));
    }

    [Fact]
    public void Differs_StatedBalanceNotArrivedMinusSpent_GivesTheComputedValue()
    {
        var grid = new FundingGrid
        {
            Arrived = new FundingRow { City = 100, Total = 100 },
            Spent = new FundingRow { City = 95, Total = 95 },
            Balance = new FundingRow { City = 5, Total = 6 },
        };

        Assert.Equal(5m, FundingCalculator.Differs(grid, "balance", "total"));
        Assert.Null(FundingCalculator.Differs(grid, "balance", "city"));
    }

    [Fact]
    public void ExecutionRatePercent_SpentOverPlanned()
    {
        var grid = new FundingGrid { Planned = new FundingRow { Total = 200 }, Spent = new FundingRow { Total = 40 } };

        Assert.Equal(20m, FundingCalculator.ExecutionRatePercent(grid));
    }

    [Fact]
    public void ExecutionRatePercent_PlanBlank_IsNull()
    {
        var grid = new FundingGrid { Spent = new FundingRow { Total = 40 } };

        Assert.Null(FundingCalculator.ExecutionRatePercent(grid));
    }
}

public sealed class ScoreTextTests
{
    [Fact]
    public void ReasonWithoutName_ReasonOpensWithTheIndicatorName_NameIsNotRepeated()
    {
        var reason = PerfEval.Host.Features.Reports.Form.ScoreText.ReasonWithoutName("满意度指标/服务对象满意度/群众满意度", "群众满意度 76% 低于目标 95%，按完成比例得 8.0/10 分");

        Assert.Equal("76% 低于目标 95%，按完成比例得 8.0/10 分", reason);
    }

    [Fact]
    public void ReasonWithoutName_OtherReason_IsKept()
    {
        Assert.Equal("缺少实际到位资金", PerfEval.Host.Features.Reports.Form.ScoreText.ReasonWithoutName("产出/数量/到位率", "缺少实际到位资金"));
    }
}
