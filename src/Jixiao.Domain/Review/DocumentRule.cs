namespace Jixiao.Domain.Review;

/// <summary>A rule over the whole document: Part 1 (部门整体绩效目标) and checks across project tables. Rules across
/// tables group by hash keys, so a document of 100,000 tables is reviewed in linear time.</summary>
public abstract class DocumentRule : ReviewRule
{
    public abstract void Check(DocumentContext document, FindingSink findings);
}
