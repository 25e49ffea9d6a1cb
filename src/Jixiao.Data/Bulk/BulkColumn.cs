namespace Jixiao.Data.Bulk;

internal sealed record BulkColumn(string Name, string StoreType, Func<object, object?> Read);
