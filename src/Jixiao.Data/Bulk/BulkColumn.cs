namespace Jixiao.Data.Import;

internal sealed record BulkColumn(string Name, string StoreType, Func<object, object?> Read);
