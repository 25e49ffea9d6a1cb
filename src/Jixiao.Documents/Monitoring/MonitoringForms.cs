using Jixiao.Documents.Excel;
using Jixiao.Documents.Forms;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Monitoring;

/// <summary>The 项目支出绩效目标执行监控表 as .docx (A4 landscape) and .xlsx (layout: <see cref="MonitoringLayout"/>).</summary>
public static class MonitoringForms
{
    public const string SheetName = "监控表";

    public static byte[] WriteDocx(MonitoredProject monitored) => FormGridWord.Write(MonitoringLayout.Build(monitored), landscape: true);

    public static byte[] WriteXlsx(MonitoredProject monitored)
    {
        var sheet = FormGridExcel.Sheet(MonitoringLayout.Build(monitored), SheetName);
        sheet.Landscape = true;
        return ExcelWorkbook.Write([sheet], title: MonitoringLayout.Title);
    }
}
