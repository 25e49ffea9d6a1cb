using System.Globalization;
using System.Net;
using System.Text;

namespace Jixiao.Web.Charts;

/// <summary>Charts drawn on the server as inline SVG: no script, readable without JavaScript, printable.</summary>
public static class SvgCharts
{
    private const int Width = 560;
    private const int LabelWidth = 170;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int Top = 34;

    public static string HorizontalBars(string title, IReadOnlyList<ChartBar> bars)
    {
        var height = Top + (bars.Count * (BarHeight + Gap)) + 10;
        var max = bars.Count == 0 ? 0m : bars.Max(b => b.Value);
        var room = Width - LabelWidth - 90;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" class=\"chart-title\">{Encode(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * (BarHeight + Gap));
            var length = max <= 0 ? 0 : (int)Math.Round(bar.Value / max * room);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"chart-label\">{Encode(Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(length, 1)}\" height=\"{BarHeight}\" class=\"chart-bar{(bar.Tone is { } tone ? " chart-" + tone : "")}\"><title>{Encode(bar.Label)}：{Encode(bar.ValueText)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 16}\" class=\"chart-value\">{Encode(bar.ValueText)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Shorten(string label) => label.Length > 11 ? label[..10] + "…" : label;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
