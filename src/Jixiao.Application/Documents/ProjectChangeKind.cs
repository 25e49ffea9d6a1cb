namespace Jixiao.Data.Import;

public enum ProjectChangeKind
{
    Unchanged,
    Added,
    Changed,
    Removed,
}
