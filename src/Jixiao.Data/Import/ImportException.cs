namespace Jixiao.Data.Import;

/// <summary>A document that cannot be stored as it is (no year, duplicate project codes …); nothing was written.</summary>
public sealed class ImportException(string message) : Exception(message);
