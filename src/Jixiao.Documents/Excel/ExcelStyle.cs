namespace Jixiao.Documents.Excel;

/// <summary>Cell formats of the stylesheet <see cref="ExcelWorkbook"/> writes (indexes into cellXfs).</summary>
internal enum ExcelStyle
{
    Default = 0,

    /// <summary>Bold, centred, shaded, bordered, wrapped: column headers of the bulk sheets.</summary>
    Header = 1,

    /// <summary>Bordered, wrapped, top-left: text values.</summary>
    Text = 2,

    /// <summary>Bordered, centred, wrapped: labels of the official form.</summary>
    Label = 3,

    /// <summary>Bordered, right-aligned, "0.00####": amounts in 万元.</summary>
    Money = 4,

    /// <summary>Bold 14 pt, centred, no border: the table title.</summary>
    Title = 5,

    /// <summary>No border, left: the unit line above the table.</summary>
    Plain = 6,

    /// <summary>No border, right: "单位：万元".</summary>
    PlainRight = 7,

    /// <summary>Bordered, centred, "0.####": percentages.</summary>
    Number = 8,

    /// <summary>Wrapped text without border: notes.</summary>
    Note = 9,

    /// <summary>Bordered, centred, bold on a red fill: 红灯.</summary>
    RedLight = 10,

    /// <summary>Bordered, centred, bold on a yellow fill: 黄灯.</summary>
    YellowLight = 11,

    /// <summary>Bordered, centred, bold on a green fill: 绿灯.</summary>
    GreenLight = 12,

    /// <summary>Bordered, centred, bold on a blue fill: 蓝灯.</summary>
    BlueLight = 13,

    /// <summary>Bordered, centred, "0.00": scores and 分值.</summary>
    Score = 14,
}
