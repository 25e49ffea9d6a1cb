using System.Globalization;
using System.Net;
using System.Text;

namespace Jixiao.Web.Charts;

/// <summary>A small box plot (least, quartiles, median, greatest) of an indicator's targets, server-rendered SVG like
/// the other charts, drawn on a scale shared by the rows of one list so they can be compared.</summary>
public static class SvgBoxPlot
{
    private const int Width = 160;
    private const int Height = 18;

    public static string Render(string label, decimal min, decimal q1, decimal median, decimal q3, decimal max, decimal scaleMin, decimal scaleMax)
    {
        var span = scaleMax - scaleMin;
        int X(decimal v) => span <= 0 ? Width / 2 : 2 + (int)Math.Round((v - scaleMin) / span * (Width - 4));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"boxplot\" role=\"img\" aria-label=\"{Encode(label)}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(label)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(min)}\" x2=\"{X(max)}\" y1=\"9\" y2=\"9\" class=\"box-whisker\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(q1)}\" y=\"3\" width=\"{Math.Max(2, X(q3) - X(q1))}\" height=\"12\" class=\"box-body\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(median)}\" x2=\"{X(median)}\" y1=\"2\" y2=\"16\" class=\"box-median\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
