namespace Jixiao.Web.Execution;

public enum PaymentLineStatus
{
    New,
    Duplicate,
    UnknownProject,
    Forbidden,
}
