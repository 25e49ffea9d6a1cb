using System.Globalization;

namespace Jixiao.Domain.Workflow;

/// <summary>Times are shown in Beijing time (UTC+8, no daylight saving) everywhere, labelled <see cref="Label"/> once
/// per table or sentence; storage keeps UTC.</summary>
public static class ChinaTime
{
    public const string Label = "北京时间";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A stored time: EF reads UTC columns as <see cref="DateTimeKind.Unspecified"/> on SQLite, so the kind is
    /// taken as UTC, never as the server's local time.</summary>
    public static string Format(DateTime utc) => Format(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>To the second, for the audit log export.</summary>
    public static string FormatSeconds(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
