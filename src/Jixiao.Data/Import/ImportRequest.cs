namespace Jixiao.Data.Import;

/// <summary>Who imports and from which file; recorded on every version the import creates.</summary>
public sealed record ImportRequest(string User, string SourceFile);
