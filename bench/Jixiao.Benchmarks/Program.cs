using BenchmarkDotNet.Running;
using Jixiao.Benchmarks;

if (args.Length > 0 && args[0] == "review-throughput")
{
    return ReviewThroughput.Run(args);
}

if (args.Length > 0 && args[0] == "review-rule-costs")
{
    return ReviewRuleCosts.Run(args);
}

if (args.Length > 0 && args[0] == "library-suggest")
{
    return LibrarySuggestLatency.Run(args);
}

if (args.Length > 0 && args[0] == "review-name-order")
{
    return ReviewNameOrderCheck.Run(args);
}

if (args.Length > 0 && args[0] == "stored-review-anchor")
{
    return StoredReviewAnchor.Run(args);
}

if (args.Length > 0 && args[0] == "published-text-timing")
{
    return PublishedTextTiming.Run(args);
}

if (args.Length > 0 && args[0] == "published-text-allocations")
{
    return PublishedTextAllocations.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
