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
