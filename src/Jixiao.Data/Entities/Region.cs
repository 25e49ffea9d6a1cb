namespace Jixiao.Data.Entities;

/// <summary>财政区划: a 6-digit region code (130682) and its name when known.</summary>
public class Region
{
    public string Code { get; set; } = string.Empty;

    /// <summary>定州市; empty until an administrator names the region (documents only carry the code).</summary>
    public string Name { get; set; } = string.Empty;

    public List<Unit> Units { get; set; } = [];
}
