using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>
/// Reads an HTML page saved from a government site (or a workbook saved as a web page) into a
/// <see cref="GridDocument"/>: each table whose cells hold no table becomes a grid (rowspan and colspan resolved the
/// way browsers place cells), tables used as page frames are opened, and the text of headings and paragraphs
/// outside tables becomes lines. The encoding comes from the byte-order mark or the page's charset declaration
/// (gb2312 and gbk are read as GB18030), else it is detected like a text file.
/// </summary>
public static partial class HtmlGridReader
{
    private static readonly HashSet<string> LineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "DIV", "CENTER", "CAPTION", "PRE", "SECTION", "ARTICLE", "BLOCKQUOTE", "DT", "DD",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "SELECT", "BUTTON", "IFRAME", "SVG",
    };

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    public static FileRead<GridDocument> Read(byte[] bytes, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.LongLength > options.OfficeLimits.MaxFileBytes)
        {
            return new FileRead<GridDocument>(null,
            [
                new ReadProblem(ProblemSeverity.Error, Office.OfficeMessages.Format(Office.OfficeMessages.TooLarge,
                    (bytes.LongLength / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture),
                    (options.OfficeLimits.MaxFileBytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture))) { File = options.FileName },
            ]);
        }

        var document = new HtmlParser().ParseDocument(Decode(bytes));
        var state = new State();
        if (document.Body is { } body)
        {
            Walk(body, state);
        }

        state.FlushLine();
        return new FileRead<GridDocument>(new GridDocument(options.FileName ?? string.Empty, GridSource.Html, state.Blocks), []);
    }

    /// <summary>The page's text: a BOM or a declared charset wins; otherwise UTF-8 or GB18030 as detected.</summary>
    internal static string Decode(byte[] bytes)
    {
        var (detected, preamble) = TextDecoding.Detect(bytes);
        if (preamble > 0)
        {
            return detected.GetString(bytes, preamble, bytes.Length - preamble);
        }

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = Charset().Match(head);
        if (declared.Success)
        {
            var name = declared.Groups[1].Value.ToLowerInvariant();
            var encoding = name switch
            {
                "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" => TextDecoding.Gb18030,
                "utf-8" or "utf8" => new UTF8Encoding(false),
                _ => TryEncoding(name),
            };
            if (encoding is not null)
            {
                return encoding.GetString(bytes);
            }
        }

        return TextDecoding.Decode(bytes);
    }

    private static Encoding? TryEncoding(string name)
    {
        try
        {
            _ = TextDecoding.Gb18030; // registers the code-page encodings
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Walk(INode node, State state)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                state.Line.Append(text.Data);
                continue;
            }

            if (child is not IElement element || Skipped.Contains(element.TagName))
            {
                continue;
            }

            if (element.TagName.Equals("TABLE", StringComparison.OrdinalIgnoreCase))
            {
                state.FlushLine();
                if (element.QuerySelector("table") is not null)
                {
                    // A frame around the real tables: read what its cells hold.
                    foreach (var cell in Rows(element).SelectMany(r => r.Children.Where(IsCell)))
                    {
                        Walk(cell, state);
                        state.FlushLine();
                    }
                }
                else
                {
                    state.Tables++;
                    state.Blocks.Add(GridBlock.Table(ToGrid(element, $"第 {state.Tables} 个表格")));
                }

                continue;
            }

            if (element.TagName.Equals("BR", StringComparison.OrdinalIgnoreCase))
            {
                state.FlushLine();
                continue;
            }

            var isLine = LineElements.Contains(element.TagName);
            if (isLine)
            {
                state.FlushLine();
            }

            Walk(element, state);
            if (isLine)
            {
                state.FlushLine();
            }
        }
    }

    private static CellGrid ToGrid(IElement table, string name)
    {
        var builder = new CellGridBuilder(name);
        var r = 0;
        foreach (var row in Rows(table))
        {
            var column = 0;
            var ordinal = 0;
            foreach (var cell in row.Children.Where(IsCell))
            {
                ordinal++;
                column = builder.NextFreeColumn(r, column);
                var rowSpan = Span(cell, "rowspan");
                var columnSpan = Span(cell, "colspan");
                builder.Add(r, column, CellText(cell), rowSpan, columnSpan, $"第 {r + 1} 行第 {ordinal} 列");
                column += columnSpan;
            }

            r++;
        }

        return builder.Build();
    }

    /// <summary>The rows of a table in order, inside thead/tbody/tfoot or directly under it (not nested tables').</summary>
    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.TagName.Equals("TR", StringComparison.OrdinalIgnoreCase))
            {
                yield return child;
            }
            else if (child.TagName is "THEAD" or "TBODY" or "TFOOT")
            {
                foreach (var row in child.Children.Where(c => c.TagName.Equals("TR", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return row;
                }
            }
        }
    }

    private static bool IsCell(IElement element) => element.TagName is "TD" or "TH";

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) ? Math.Clamp(span, 1, 1000) : 1;

    /// <summary>A cell's text as a browser shows it: &lt;br&gt; and block elements start new lines.</summary>
    private static string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        Append(cell, sb);
        return sb.ToString().Replace('\u00A0', ' ');
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(Spaces().Replace(text.Data, " "));
                    break;
                case IElement e when Skipped.Contains(e.TagName):
                    break;
                case IElement e when e.TagName == "BR":
                    sb.Append('\n');
                    break;
                case IElement e when LineElements.Contains(e.TagName):
                    sb.Append('\n');
                    Append(e, sb);
                    sb.Append('\n');
                    break;
                case IElement e:
                    Append(e, sb);
                    break;
                default:
                    break;
            }
        }
    }

    private sealed class State
    {
        public List<GridBlock> Blocks { get; } = [];

        public StringBuilder Line { get; } = new();

        public int Tables { get; set; }

        public int Lines { get; private set; }

        public void FlushLine()
        {
            var text = Line.ToString().Replace('\u00A0', ' ').Trim();
            Line.Clear();
            if (text.Length == 0)
            {
                return;
            }

            Lines++;
            Blocks.Add(GridBlock.Line(Spaces().Replace(text, " "), $"第 {Lines} 段文字", Lines));
        }
    }
}
