namespace Jixiao.Domain.Monitoring;

public static class LightExtensions
{
    public static string ToChinese(this Light light) => light switch
    {
        Light.Green => "绿灯",
        Light.Blue => "蓝灯",
        Light.Yellow => "黄灯",
        Light.Red => "红灯",
        _ => "无",
    };

    public static Light? FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "green" or "绿" or "绿灯" => Light.Green,
        "blue" or "蓝" or "蓝灯" => Light.Blue,
        "yellow" or "黄" or "黄灯" => Light.Yellow,
        "red" or "红" or "红灯" => Light.Red,
        "none" or "无" => Light.None,
        _ => null,
    };

    /// <summary>The worst of the lights (red &gt; yellow &gt; blue &gt; green &gt; none).</summary>
    public static Light Worst(this IEnumerable<Light> lights) => lights.DefaultIfEmpty(Light.None).Max();
}
