using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Features.Audit;

namespace Jixiao.Web.Tests;

public sealed class IntegrityTextTests
{
    [Fact]
    public void KindText_NamesEveryProblemKindInChinese()
    {
        foreach (var kind in Enum.GetValues<AuditProblemKind>())
        {
            var text = IntegrityModel.KindText(kind);
            Assert.NotEqual(kind.ToString(), text);
            Assert.Contains(text, c => c is >= '\u4e00' and <= '\u9fff');
        }
    }
}
