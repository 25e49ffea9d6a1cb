using System.Globalization;
using System.Net;
using System.Text;

namespace Jixiao.Web.Charts;

/// <summary>A line chart of percentages over the months of a year, drawn on the server as inline SVG like
/// <see cref="SvgCharts"/>: execution vs plan vs elapsed time.</summary>
public static class SvgLineChart
{
    private const int Width = 560;
    private const int Height = 260;
    private const int Left = 44;
    private const int Right = 16;
    private const int Top = 34;
    private const int Bottom = 52;

    public static string Months(string title, IReadOnlyList<ChartSeries> series, int months = 12)
    {
        var max = Math.Max(100m, series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max());
        max = Math.Ceiling(max / 25m) * 25m;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int month) => Left + (plotW * (month - 0.5) / months);
        double Y(decimal value) => Top + (plotH * (double)(1 - (value / max)));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart line-chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" class=\"chart-title\">{Encode(title)}</text>");
        for (var v = 0m; v <= max; v += 25m)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\" class=\"chart-grid\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\" class=\"chart-axis\">{v:0}%</text>");
        }

        for (var m = 1; m <= months; m++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(m):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" class=\"chart-axis\">{m}月</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var points = line.Values.Select((v, i) => (Month: i + 1, Value: v)).Where(p => p.Value is not null && p.Month <= months).ToList();
            if (points.Count > 0)
            {
                var path = string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Month):0.#},{Y(p.Value!.Value):0.#}")));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{path}\" class=\"chart-line {line.CssClass}\" fill=\"none\"/>");
                foreach (var (month, value) in points)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(month):0.#}\" cy=\"{Y(value!.Value):0.#}\" r=\"3\" class=\"chart-dot {line.CssClass}\"><title>{Encode(line.Name)} {month}月：{value:0.##}%</title></circle>");
                }
            }

            var legendX = Left + (s * 150);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{legendX}\" x2=\"{legendX + 22}\" y1=\"{Height - 12}\" y2=\"{Height - 12}\" class=\"chart-line {line.CssClass}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX + 28}\" y=\"{Height - 8}\" class=\"chart-label\">{Encode(line.Name)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
