using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Payments;

/// <summary>Turns the cells of one payment row into a <see cref="PaymentRecord"/>, or says which column is wrong and
/// why. Shared by the CSV and Excel readers.</summary>
internal static partial class PaymentRowParser
{
    [GeneratedRegex(@"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")]
    private static partial Regex SeparatedDate();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})$")]
    private static partial Regex CompactDate();

    /// <param name="cells">The row's cells as text.</param>
    /// <param name="columns">The header mapping.</param>
    /// <param name="excelDate">A date already read from an Excel date cell, which takes precedence over the text.</param>
    /// <param name="problem">The column name and the reason, when the row cannot be read.</param>
    public static PaymentRecord? Parse(IReadOnlyList<string> cells, PaymentColumns columns, DateOnly? excelDate, out (string Column, string Message)? problem)
    {
        string Cell(int index) => index < cells.Count ? cells[index].Trim() : string.Empty;
        string Header(int index) => columns.Headers[index].Trim();

        problem = null;
        var code = ChineseText.Key(Cell(columns.Code));
        if (code.Length == 0)
        {
            problem = (Header(columns.Code), "项目编码为空");
            return null;
        }

        var date = excelDate ?? ParseDate(Cell(columns.Date));
        if (date is null)
        {
            problem = (Header(columns.Date), $"“{Cell(columns.Date)}”不是日期（应为 2022-06-30、2022/6/30 或 2022年6月30日）");
            return null;
        }

        var amount = ParseAmount(Cell(columns.Amount), columns.AmountInWanYuan, out var amountProblem);
        if (amount is null)
        {
            problem = (Header(columns.Amount), amountProblem!);
            return null;
        }

        return new PaymentRecord(code, date.Value, amount.Value)
        {
            Voucher = columns.Voucher is { } v ? ChineseText.ToHalfWidth(Cell(v)) : "",
            Line = columns.Line is { } l ? ChineseText.ToHalfWidth(Cell(l)) : "",
            Summary = columns.Summary is { } s ? Cell(s) : "",
        };
    }

    public static DateOnly? ParseDate(string text)
    {
        var s = ChineseText.ToHalfWidth(text).Trim();
        var m = SeparatedDate().Match(s);
        if (!m.Success)
        {
            m = CompactDate().Match(s);
        }

        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && year is >= 2000 and <= 2100 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>"12,345.67", "１２３４５．６７", "￥1,000.00", "-200.00" (a refund) in 元 or 万元 → exact money.</summary>
    public static Money? ParseAmount(string text, bool inWanYuan, out string? problem)
    {
        problem = null;
        var s = ChineseText.Key(text).Replace(",", "", StringComparison.Ordinal).TrimStart('¥', '￥');
        s = s.EndsWith("万元", StringComparison.Ordinal) ? s[..^2] : s.TrimEnd('元');
        var negative = s.StartsWith('-') || (s.StartsWith('(') && s.EndsWith(')'));
        s = s.Trim('-', '(', ')');
        var unit = inWanYuan ? "万元" : "元";
        if (s.Length == 0 || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problem = text.Trim().Length == 0 ? "金额为空" : $"“{text.Trim()}”不是金额（应为以{unit}为单位的数字，例如 12345.67）";
            return null;
        }

        var fen = value * (inWanYuan ? Money.FenPerWanYuan : 100m);
        if (fen != decimal.Truncate(fen))
        {
            problem = $"金额“{text.Trim()}”{unit}精确到分最多 {(inWanYuan ? 6 : 2)} 位小数";
            return null;
        }

        if (fen > 10_000_000_000_000m)
        {
            problem = $"金额“{text.Trim()}”{unit}超出合理范围";
            return null;
        }

        return new Money(negative ? -(long)fen : (long)fen);
    }
}
