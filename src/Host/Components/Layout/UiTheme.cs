using MudBlazor;

namespace PerfEval.Host.Components.Layout;

/// <summary>Colours and fonts: a sober blue for a government tool, CJK-capable font stack.</summary>
public static class UiTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#00796b",
            AppbarBackground = "#1f5fa8",
            Background = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
            },
        },
    };
}
