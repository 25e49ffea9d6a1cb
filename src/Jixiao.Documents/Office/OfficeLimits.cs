namespace Jixiao.Documents.Office;

/// <summary>How large a Word or Excel upload may be. A budget unit's whole text with 50 project tables is well
/// under 1 MB as .docx, so the defaults leave room for pasted pictures while stopping zip bombs.</summary>
public sealed record OfficeLimits
{
    public static OfficeLimits Default { get; } = new();

    /// <summary>Largest file accepted, as stored on disk.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest total size of all parts once unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest unpacked-to-packed ratio of one part; ordinary XML packs 5–20 times, bombs thousands.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most parts a package may have; a .docx has about 15, an .xlsx about 10 plus one per sheet.</summary>
    public int MaxEntries { get; init; } = 5000;
}
