using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>Reading the input document of a command, with the options every reading command shares
/// (--year, --region, --profile) and the problems printed to stderr.</summary>
internal static class DocumentInput
{
    public const string OptionsUsage = "[--year YYYY] [--region 6位区划代码] [--profile A|B]";

    public static ReadOptions Options(Arguments args)
    {
        var region = args.Option("--region");
        if (region is not null && (region.Length != 6 || !region.All(char.IsAsciiDigit)))
        {
            throw new UsageException($"--region 应为 6 位数字的区划代码（例如 130682），而不是“{region}”。");
        }

        var year = args.IntOption("--year");
        if (year is < 2000 or > 2100)
        {
            throw new UsageException($"--year 应为四位年度（例如 2022），而不是“{year}”。");
        }

        var profile = args.Option("--profile")?.ToUpperInvariant();
        if (profile is not null and not ("A" or "B"))
        {
            throw new UsageException($"--profile 只能是 A（88号）或 B（101号），而不是“{profile}”。");
        }

        return new ReadOptions { FiscalYear = year, RegionCode = region, TaxonomyProfile = profile };
    }

    /// <summary>Reads the file; prints every problem to stderr; returns null when the file has errors.</summary>
    public static ReadResult? Read(string path, ReadOptions options, TextWriter stderr)
    {
        var result = DocumentFiles.Read(path, options);
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(problem);
        }

        if (result.HasErrors)
        {
            stderr.WriteLine($"无法读取“{path}”：发现 {result.Errors.Count()} 处错误，未生成任何输出。请按上面的提示修改文件后重试。");
            return null;
        }

        return result;
    }

    public static string SingleFile(Arguments args, string usage)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException(args.Positional.Count == 0 ? "缺少输入文件。" : "只能指定一个输入文件。");
        }

        return args.Positional[0];
    }
}
