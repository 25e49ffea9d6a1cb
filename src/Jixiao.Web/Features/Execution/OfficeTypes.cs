namespace Jixiao.Web.Features.Execution;

/// <summary>Content types of the downloadable forms.</summary>
public static class OfficeTypes
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
