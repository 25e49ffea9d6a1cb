namespace Jixiao.Application.Execution;

public enum PaymentLineStatus
{
    New,
    Duplicate,
    UnknownProject,
    Forbidden,
}
