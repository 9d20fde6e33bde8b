using MudBlazor;

namespace Gaoxin.Components.Layout;

public static class GaoxinTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E8C",
            Secondary = "#C0392B",
            AppbarBackground = "#1F4E8C",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["\"Noto Sans CJK SC\"", "\"PingFang SC\"", "\"Microsoft YaHei\"", "Roboto", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}
