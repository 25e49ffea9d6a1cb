using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Payments;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Benchmarks;

/// <summary>
/// Year-end and mid-year work of a whole region: 1,000 自评表 (the seed's ten projects repeated, 9 rows each on
/// average) scored with every EVL rule against the approved table, and the same 1,000 as submitted tables re-checked
/// (复核: printed 分值 and 得分, every row recomputed and compared); the published corpus read from .xlsx/.docx and
/// re-checked; 1,000 监控表 assessed with every MON rule; and a payment export of 100,000 rows read (UTF-8 CSV) into
/// a ledger and queried per project.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int Projects = 1000;
    private const int Payments = 100_000;

    private List<(SelfEvaluation Evaluation, BudgetProject Approved)> _evaluations = [];
    private List<SelfEvaluation> _submitted = [];
    private List<(byte[] Bytes, string Name)> _corpus = [];
    private List<MonitoringReport> _reports = [];
    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup()
    {
        var seed = PublishedTextReader.Read(File.ReadAllBytes(SeedLocator.SeedPath())).Document.Projects;
        var projects = Enumerable.Range(0, Projects).Select(i => seed[i % seed.Count]).ToList();
        _evaluations = [.. projects.Select((p, i) => (Evaluation(p, i), p))];
        _submitted = [.. _evaluations.Select((e, i) => Submitted(e.Evaluation, i))];
        _corpus = [.. SeedLocator.CorpusForms().Select(f => (File.ReadAllBytes(f), Path.GetFileName(f)))];
        _reports = [.. projects.Select(Report)];
        _csv = Csv(projects);
        Console.WriteLine($"// input: {_evaluations.Sum(e => e.Evaluation.Indicators.Count):N0} indicator rows; CSV {_csv.Length:N0} bytes");
    }

    [Benchmark(Description = "score 1,000 自评表 + EVL rules")]
    public decimal Score()
    {
        var total = 0m;
        foreach (var (evaluation, approved) in _evaluations)
        {
            total += ScoredEvaluation.Evaluate(evaluation, ScoringProfile.National, approved).Result.Total;
        }

        return total;
    }

    [Benchmark(Description = "re-check 1,000 submitted 自评表 (复核) + EVL rules")]
    public decimal Recheck()
    {
        var total = 0m;
        foreach (var evaluation in _submitted)
        {
            total += ScoredEvaluation.Evaluate(evaluation, ScoringProfile.National, mode: EvaluationMode.Recheck).Result.Total;
        }

        return total;
    }

    [Benchmark(Description = "read + re-check the published corpus ×10 (.xlsx/.docx)")]
    public decimal ReadAndRecheckCorpus()
    {
        var total = 0m;
        for (var n = 0; n < 10; n++)
        {
            foreach (var (bytes, name) in _corpus)
            {
                foreach (var form in SelfEvaluationReader.Read(bytes, name).Value!.Forms)
                {
                    total += ScoredEvaluation.Evaluate(form.Evaluation, ScoringProfile.National, mode: EvaluationMode.Recheck).Result.Total;
                }
            }
        }

        return total;
    }

    [Benchmark(Description = "assess 1,000 监控表 + MON rules")]
    public int Monitor() => _reports.Sum(r => MonitoredProject.Assess(r, MonitoringProfile.Hebei).Findings.Count);

    [Benchmark(Description = "read 100,000 payments (CSV) + cumulative per project")]
    public long Payments100k()
    {
        var ledger = new PaymentLedger();
        ledger.Add(PaymentCsvReader.Read(_csv, "pay.csv").Value!.Records);
        return ledger.ProjectCodes.Sum(code => ledger.SpentToMonthEnd(code, 2022, 6).Fen);
    }

    /// <summary>Every quantitative row 95% of its target (shortfalls on ≥ rows, so EVL-06 fires), 定性 rows 达成.</summary>
    internal static SelfEvaluation Evaluation(BudgetProject p, int i) => new()
    {
        FiscalYear = 2022,
        ProjectCode = p.ProjectCode,
        ProjectName = p.ProjectName,
        Budget = new BudgetExecution { InitialBudget = p.Budget, AdjustedBudget = p.Budget, Spent = new Money(p.Budget.Fen * (85 + (i % 15)) / 100) },
        Indicators = [.. p.Indicators.Select(ind => new EvaluationIndicator
        {
            Level1 = ind.Level1,
            Level2 = ind.Level2,
            Name = ind.Name,
            Target = ind.Target,
            Actual = ind.Target.IsQuantitative ? (ind.Target.Number!.Value * 0.95m).ToString(CultureInfo.InvariantCulture) + ind.Target.Unit : "达成年度指标",
            DeclaredScore = ind.Target.IsQuantitative ? null : 1m,
        })],
    };

    /// <summary>The scored table as a unit submits it: 分值 and 得分 printed on every row, the budget score and the
    /// total; every seventh row's 得分 half a point off, so the re-check has differences to report.</summary>
    internal static SelfEvaluation Submitted(SelfEvaluation e, int i)
    {
        var r = SelfEvaluationScorer.Score(e, ScoringProfile.National);
        var rows = r.Indicators.Select((x, n) => x.Indicator with
        {
            Points = ScoreRounding.Round(x.Points),
            DeclaredScore = x.Score + ((n + i) % 7 == 0 ? 0.5m : 0m),
        }).ToList();
        return e with
        {
            Indicators = rows,
            Budget = e.Budget with { DeclaredScore = r.Budget.Score },
            DeclaredTotal = r.Total,
            DeclaredGrade = r.Grade,
        };
    }

    internal static MonitoringReport Report(BudgetProject p, int i) => new()
    {
        FiscalYear = 2022,
        Month = 6,
        ProjectCode = p.ProjectCode,
        ProjectName = p.ProjectName,
        InitialBudget = p.Budget,
        Spent = new Money(p.Budget.Fen * (20 + (i % 40)) / 100),
        SpendingPlan = p.SpendingPlan,
        Indicators = [.. p.Indicators.Select(ind => new MonitoringIndicator
        {
            Level1 = ind.Level1,
            Name = ind.Name,
            Target = ind.Target,
            Actual = ind.Target.IsQuantitative ? (ind.Target.Number!.Value * 0.4m).ToString(CultureInfo.InvariantCulture) : "部分达成",
            Possibility = i % 3 == 0 ? "有可能" : "确定能",
        })],
    };

    private static byte[] Csv(List<BudgetProject> projects)
    {
        var sb = new StringBuilder("项目编码,支付日期,金额（元）,凭证号,行号\n");
        for (var n = 0; n < Payments; n++)
        {
            var code = projects[n % projects.Count].ProjectCode;
            var date = new DateOnly(2022, 1 + (n % 12), 1 + (n % 28));
            sb.Append(CultureInfo.InvariantCulture, $"{code},{date:yyyy-MM-dd},{1000 + (n % 997)}.{n % 100:00},ZF{n},1\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
