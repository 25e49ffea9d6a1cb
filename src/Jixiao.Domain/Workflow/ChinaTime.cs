namespace Jixiao.Domain.Workflow;

/// <summary>Times in messages are shown in Beijing time (UTC+8, no daylight saving); storage keeps UTC.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
