namespace Jixiao.Application.Documents;

public enum ProjectChangeKind
{
    Unchanged,
    Added,
    Changed,
    Removed,
}
