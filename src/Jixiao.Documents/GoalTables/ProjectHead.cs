using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// Reads the head of a goal table by its labels (Data/labels.json): name and code, 主管部门 and 实施单位 (a code
/// written in brackets before the name is split off), the amounts in the unit the table states, 资金用途, the
/// 资金支出计划 of the official layout, 年度目标 (read as the goals) and 中期/长期目标 (kept). Labels the model has no
/// field for (项目属性, 项目期, 负责人 …) are kept as named extras. Where a table gives both a total and an annual
/// amount, the annual one is the 预算数.
/// </summary>
internal static partial class ProjectHead
{
    private static readonly string[] AnnualWords = ["年度", "当年", "本年", "全年", "年初"];

    [GeneratedRegex(@"^[\[(（【]?\s*(\d{3,})\s*[\])）】]?\s*[-—－]?\s*(.+)$")]
    private static partial Regex CodeAndName();

    [GeneratedRegex(@"目标\s*\d+\s*[:：]")]
    private static partial Regex GoalMarker();

    [GeneratedRegex(@"\t|\s{2,}|\u3000{1,}")]
    private static partial Regex CellGap();

    [ThreadStatic]
    private static List<(CellGrid Grid, GridLabel Label, GoalLabel Kind)>? t_labels;

    public static BudgetProject Read(ProjectDraft draft, HeadContext context)
    {
        var project = new BudgetProject { Sequence = draft.Sequence, ProjectName = draft.TitleName };
        // The head's labels in a list kept by the thread and emptied for each head: a list grown per project was
        // a cost of every table read.
        var labels = t_labels ??= [];
        labels.Clear();
        foreach (var (grid, row) in draft.Head)
        {
            var cells = grid.StartingIn(row);
            for (var i = 0; i < cells.Count; i++)
            {
                if (GridSearch.LabelOf(cells[i], GoalVocabulary.Labels) is { } label)
                {
                    labels.Add((grid, label, GoalVocabulary.LabelOf(label.Match)!.Value));
                }
            }
        }

        var unit = StatedUnit(draft, labels, context);
        project = UnitLine(draft, project);
        project = LineLabels(draft, project, context);
        // The first amount of the lowest rank of each kind (an annual label before any other), kept as found.
        (int Rank, Money Amount)? budget = null, fiscalFunds = null;
        (string Label, string Place, int Line)? fiscalAt = null; // where the fiscal total was read, for the parts' check
        List<(string Label, string Place, Money Amount)>? fiscalParts = null;
        var extras = new List<LabeledText>();
        var hasGoalLabels = labels.Any(l => l.Kind is GoalLabel.Goals or GoalLabel.LongTermGoal);

        // The fields as locals, the project made once at the end: a copy of the record per label was most of what
        // reading a head allocated.
        var (projectCode, projectName, unitCode, unitName) = (project.ProjectCode, project.ProjectName, project.UnitCode, project.UnitName);
        var (otherFunds, fundUse, spendingPlan) = (project.OtherFunds, project.FundUse, project.SpendingPlan);
        List<Goal>? goals = null;
        foreach (var (grid, label, kind) in labels)
        {
            var value = kind is GoalLabel.SpendingPlan or GoalLabel.BudgetAndUse or GoalLabel.MoneyBlock or GoalLabel.AmountHeading or GoalLabel.End
                ? null
                : GridSearch.ValueOf(grid, label, IsLabel, lookBelow: kind is GoalLabel.Goals or GoalLabel.LongTermGoal or GoalLabel.GoalsBlock or GoalLabel.Overview);
            if (value is null && kind is GoalLabel.Goals or GoalLabel.LongTermGoal or GoalLabel.GoalsBlock)
            {
                value = UnderHeadingRow(grid, label.Cell);
            }

            var text = kind is GoalLabel.Unit or GoalLabel.Department or GoalLabel.ProjectName ? WithoutFormNotes(value?.Text ?? string.Empty) : value?.Text ?? string.Empty;
            var labelText = LabelText(label);
            if (kind == GoalLabel.GoalsBlock && hasGoalLabels)
            {
                text = string.Empty; // the texts are read under the 中期/年度 labels it stands beside
            }

            var place = draft.Place(grid, value?.Cell ?? label.Cell); // one string for the report and an amount's messages
            context.Report(labelText, kind, text, place, label.Match.Confidence);
            context.BudgetFound |= kind == GoalLabel.Budget && text.Length > 0;
            switch (kind)
            {
                case GoalLabel.ProjectCode:
                    projectCode = ProjectCode.Normalize(GridText.OneLine(text));
                    break;
                case GoalLabel.ProjectName when text.Length > 0:
                    projectName = GridText.OneLine(text);
                    break;
                case GoalLabel.Department or GoalLabel.DepartmentCode when text.Length > 0:
                    var (departmentCode, departmentName) = kind == GoalLabel.DepartmentCode ? (GridText.OneLine(text), string.Empty) : Split(text);
                    context.Department(departmentCode, departmentName);
                    if (departmentName.Length > 0)
                    {
                        extras.Add(new LabeledText(labelText, GridText.OneLine(text)));
                    }

                    break;
                case GoalLabel.Unit when text.Length > 0:
                    var (codeOfUnit, nameOfUnit) = Split(text);
                    unitName = nameOfUnit;
                    unitCode = codeOfUnit.Length > 0 ? codeOfUnit : unitCode;
                    break;
                case GoalLabel.UnitCode when text.Length > 0:
                    unitCode = GridText.OneLine(text);
                    break;
                case GoalLabel.FiscalFunds or GoalLabel.FiscalPart or GoalLabel.OtherFunds
                    when text.Length > 0 && LongTermAbove(grid, label.Cell, labels) is { } longTerm:
                    // 其中:财政拨款 under 中期资金总额 (the 中期 column beside the annual one) is the long term's part, kept
                    // beside it, not the year's.
                    extras.Add(new LabeledText($"{labelText}（{longTerm}）", GridText.OneLine(text)));
                    break;
                case GoalLabel.Budget or GoalLabel.FiscalFunds or GoalLabel.FiscalPart or GoalLabel.OtherFunds:
                    var at = value?.Cell ?? label.Cell;
                    // Further amounts written as label：value lines in the same cell ("资金总额: 250" over
                    // "一、预算资金:250", "二、自有资金:0") are read under their own labels, not left as a remark.
                    var (own, parts) = MoneyLines.Split(text);
                    if (own.Length > 0 || parts is null)
                    {
                        TakeAmount(kind, labelText, place, at.Line, Amount(own, label, at, unit, place, labelText, context));
                    }

                    // Other funds printed as several parts of one cell ("二、自有资金:5", "三、其他:3") are one sum.
                    Money? otherParts = null;
                    foreach (var part in parts ?? [])
                    {
                        var partLabel = GridText.OneLine(part.Label);
                        context.Report(partLabel, part.Kind, part.Value, place, part.Match.Confidence);
                        var read = Amount(part.Value, label, at, unit, place, partLabel, context);
                        if (part.Kind == GoalLabel.OtherFunds)
                        {
                            otherParts = read is { } r ? (otherParts ?? Money.Zero) + r : otherParts;
                            continue;
                        }

                        TakeAmount(part.Kind, partLabel, place, at.Line, read);
                    }

                    TakeAmount(GoalLabel.OtherFunds, labelText, place, at.Line, otherParts);
                    break;
                case GoalLabel.BudgetAndUse:
                    fundUse = FundUseBelow(grid, label.Cell);
                    break;
                case GoalLabel.FundUse when text.Length > 0:
                    fundUse = text;
                    break;
                case GoalLabel.SpendingPlan:
                    spendingPlan = SpendingPlanOf(grid, label, draft, context);
                    break;
                case GoalLabel.Goals when text.Length > 0 && (goals ?? project.Goals).Count == 0:
                case GoalLabel.GoalsBlock when text.Length > 0 && !hasGoalLabels && (goals ?? project.Goals).Count == 0:
                    goals = Goals(text);
                    break;
                case GoalLabel.LongTermGoal or GoalLabel.LongTermBudget or GoalLabel.Attribute or GoalLabel.Period or GoalLabel.Contact or GoalLabel.Overview
                    when text.Length > 0:
                    extras.Add(new LabeledText(labelText, text));
                    break;
                default:
                    break;
            }
        }

        // An amount read under a label of its kind: the lowest rank (an annual label) of the budget and the fiscal
        // funds, every fiscal part, the first other funds.
        void TakeAmount(GoalLabel kind, string labelText, string place, int line, Money? read)
        {
            if (read is not { } amount)
            {
                return;
            }

            var rank = IsAnnual(labelText) ? 0 : 1;
            if (kind == GoalLabel.Budget)
            {
                budget = Lower(budget, rank, amount);
            }
            else if (kind == GoalLabel.FiscalFunds)
            {
                if (fiscalFunds is not { } kept || kept.Rank > rank)
                {
                    fiscalAt = (labelText, place, line);
                }

                fiscalFunds = Lower(fiscalFunds, rank, amount);
            }
            else if (kind == GoalLabel.FiscalPart)
            {
                (fiscalParts ??= []).Add((labelText, place, amount));
            }
            else
            {
                otherFunds ??= amount;
            }
        }

        labels.Clear();
        var fiscal = FiscalFunds(fiscalFunds?.Amount, fiscalAt, fiscalParts, context) ?? project.FiscalFunds;
        return project with
        {
            ProjectCode = projectCode,
            ProjectName = projectName,
            UnitCode = unitCode,
            UnitName = unitName,
            Budget = budget?.Amount ?? project.Budget,
            FiscalFunds = fiscal,
            OtherFunds = otherFunds,
            FundUse = fundUse,
            SpendingPlan = spendingPlan,
            Goals = goals ?? project.Goals,
            Extras = extras,
        };
    }

    /// <summary>The fiscal funds: the printed total (财政拨款 …); without one, the exact sum of the parts printed by the
    /// level that pays them (中央补助安排 + 省级财政安排 + …); null when neither is printed. A total that disagrees
    /// with its parts is kept as printed and warned, naming both.</summary>
    private static Money? FiscalFunds(Money? total, (string Label, string Place, int Line)? totalAt,
        List<(string Label, string Place, Money Amount)>? parts, HeadContext context)
    {
        if (parts is null)
        {
            return total;
        }

        var sum = Money.Zero;
        foreach (var part in parts)
        {
            sum += part.Amount;
        }

        if (total is null)
        {
            context.Note($"财政资金 = {string.Join(" + ", parts.Select(p => $"{p.Label} {p.Amount.ToWanYuanString()} 万元"))} = {sum.ToWanYuanString()} 万元（表中没有财政资金合计，按分项相加）。");
            return sum;
        }

        if (total.Value != sum && totalAt is var (label, place, line))
        {
            context.Warn(place, line,
                $"{label} {total.Value.ToWanYuanString()} 万元（{place}）与其分项之和不符：{string.Join(" + ", parts.Select(p => $"{p.Label} {p.Amount.ToWanYuanString()} 万元（{p.Place}）"))} = {sum.ToWanYuanString()} 万元。"
                + $"按表中的{label}读取，请核对后在项目页改正财政资金或分项金额。");
        }

        return total;
    }

    /// <summary>"资金情况（万元）", "项目资金(元)", "单位：万元" in the head or the lines above it; the user's option last.
    /// Two statements of different units ("单位：万元" above a table whose row says "金额单位：元") leave the amounts
    /// ambiguous: the user's option decides, else the table is refused with both statements named — never the first
    /// one found taken for the rest.</summary>
    private static string? StatedUnit(ProjectDraft draft, List<(CellGrid Grid, GridLabel Label, GoalLabel Kind)> labels, HeadContext context)
    {
        // The first statement and the first one that differs from it, kept as text: nothing is made for a head that states
        // one unit (every project of a published text comes here).
        // A static function over refs, not a closure: no object per project.
        (string Unit, string Text)? first = null, other = null;
        static void Seen(ref (string Unit, string Text)? first, ref (string Unit, string Text)? other, string unit, string text)
        {
            if (first is null)
            {
                first = (unit, text);
            }
            else if (other is null && unit != first.Value.Unit)
            {
                other = (unit, text);
            }
        }

        foreach (var (_, label, kind) in labels)
        {
            if (kind is GoalLabel.MoneyBlock or GoalLabel.AmountHeading or GoalLabel.Budget or GoalLabel.FiscalFunds or GoalLabel.FiscalPart or GoalLabel.OtherFunds
                && MoneyText.UnitOfQualifier(label.Match.Qualifier) is { } unit)
            {
                Seen(ref first, ref other, unit, LabelText(label));
            }
        }

        // Loops, not iterators: the title lines, the lines between the title and the table, then the head's cells.
        foreach (var text in draft.TitleLines)
        {
            if (MoneyText.UnitStatedIn(text) is { } unit)
            {
                Seen(ref first, ref other, unit, text);
            }
        }

        foreach (var line in draft.Lines)
        {
            if (MoneyText.UnitStatedIn(line.Text) is { } unit)
            {
                Seen(ref first, ref other, unit, line.Text);
            }
        }

        foreach (var (grid, row) in draft.Head)
        {
            foreach (var cell in grid.StartingIn(row))
            {
                if (MoneyText.UnitStatedIn(cell.Text) is { } unit)
                {
                    Seen(ref first, ref other, unit, cell.Text);
                }
            }
        }

        var given = context.Options.MoneyUnit is { Length: > 0 } option ? option : null;
        if (other is { } second && first is { } one)
        {
            var both = $"“{ChineseText.Shorten(one.Text.Trim(), 20)}”写明{one.Unit}，“{ChineseText.Shorten(second.Text.Trim(), 20)}”写明{second.Unit}";
            if (given is not null)
            {
                context.Note($"金额单位：{given}（表中金额单位前后不一：{both}；按导入时指定的单位）。");
                return given;
            }

            context.UnitConflict = true;
            context.Error(string.Empty, 0, $"表中金额单位前后不一：{both}，无法确定金额是元还是万元。请核对表格后改正，或导入时指定金额单位。", "金额单位");
            return null;
        }

        if (first is { } stated)
        {
            return Stated(stated.Unit, stated.Text, context);
        }

        if (given is not null)
        {
            context.Note($"金额单位：{given}（表中没有写明，按导入时指定的单位）。");
            return given;
        }

        return null;
    }

    private static string Stated(string unit, string text, HeadContext context)
    {
        context.Note($"金额单位：{unit}（来自“{ChineseText.Shorten(text.Trim(), 20)}”）。");
        return unit;
    }

    /// <summary>Labels written in the lines above the table ("预算单位：东莞市交通运输局", "填报单位（盖章）：…"): the title
    /// lines, then the lines between the title and the table.</summary>
    /// <remarks>Two loops, not an iterator over both: asked for every project's head.</remarks>
    private static BudgetProject LineLabels(ProjectDraft draft, BudgetProject project, HeadContext context)
    {
        foreach (var line in draft.TitleLines)
        {
            project = LineLabels(line, project, context);
        }

        foreach (var line in draft.Lines)
        {
            project = LineLabels(line.Text, project, context);
        }

        return project;
    }

    private static BudgetProject LineLabels(string line, BudgetProject project, HeadContext context)
    {
        foreach (var gapped in CellGap().Split(line))
        {
            var part = gapped.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (GridText.SplitInline(part) is not { Value.Length: > 0 } inline || GoalVocabulary.LabelOf(GoalVocabulary.Labels.Match(inline.Label)) is not { } kind)
            {
                continue;
            }

            if (kind == GoalLabel.Unit)
            {
                var (code, name) = Split(inline.Value);
                project = project with { UnitName = name, UnitCode = code.Length > 0 ? code : project.UnitCode };
            }
            else if (kind == GoalLabel.Department)
            {
                var (code, name) = Split(inline.Value);
                context.Department(code, name);
            }
            else
            {
                continue;
            }

            context.Report(inline.Label, kind, inline.Value, "表格上方", 1.0);
        }

        return project;
    }

    /// <summary>The official layout's unit line above the table: "222001纪律检查委员会本级" (and "单位：万元").</summary>
    private static BudgetProject UnitLine(ProjectDraft draft, BudgetProject project)
    {
        foreach (var line in draft.Lines)
        {
            foreach (var text in CellGap().Split(line.Text))
            {
                if (UnitOf(text) is var (code, name))
                {
                    return project with { UnitCode = code, UnitName = name };
                }
            }
        }

        if (draft.Head.Count > 0)
        {
            var (grid, row) = draft.Head[0];
            var cells = grid.StartingIn(row);
            if (!cells.Any(IsLabel))
            {
                foreach (var cell in cells)
                {
                    if (UnitOf(cell.Text) is var (code, name))
                    {
                        return project with { UnitCode = code, UnitName = name };
                    }
                }
            }
        }

        return project;
    }

    /// <summary>The six-digit unit code and the name of a unit line's text, or null. A code starts the text, so a text
    /// that does not start with a digit is passed over before the patterns run (most texts of a head).</summary>
    private static (string Code, string Name)? UnitOf(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0 || !char.IsDigit(trimmed[0]))
        {
            return null;
        }

        var t = text.Trim();
        if (MoneyText.UnitStatedIn(t) is not null)
        {
            return null;
        }

        var (code, name) = UnitCode.Split(t);
        return code.Length == 6 && name.Length > 0 && name[0] is not ('年' or '月' or '.') ? (code, name) : null;
    }

    private static Money? Amount(string text, GridLabel label, GridCell at, string? unit, string place, string labelText, HeadContext context)
    {
        var own = MoneyText.UnitOfQualifier(label.Match.Qualifier) ?? unit;
        var amount = MoneyText.Parse(text, own, out var used, out var remark, out var problem);
        if (problem is not null)
        {
            if (context.UnitConflict && MoneyText.LacksUnit(problem))
            {
                return null; // the conflict is reported once, with both statements
            }

            context.Error(place, at.Line, $"{labelText}：{problem}。" + (MoneyText.LacksUnit(problem) ? MoneyText.NoUnitAdvice : string.Empty), labelText);
            return null;
        }

        if (amount is not null && used is not null && used != "万元")
        {
            context.Note($"{labelText}“{text.Trim()}”按{used}读取，已换算为 {amount.Value.ToWanYuanString()} 万元。");
        }

        if (remark is { Length: > 0 })
        {
            context.Warn(place, at.Line, $"{labelText}“{ChineseText.Shorten(text.Trim(), 40)}”：只读取了开头的金额，后面的说明“{ChineseText.Shorten(remark, 30)}”未读入。");
        }

        return amount;
    }

    /// <summary>资金用途 of the official layout: the text in the rows the merged 预算规模及资金用途 label covers below
    /// its first row (in the text layout: the next row, whose first cell is the label's empty continuation).</summary>
    private static string FundUseBelow(CellGrid grid, GridCell label)
    {
        if (grid.IsFlow)
        {
            var next = grid.StartingIn(label.Row + 1); // the row as it is: no list of it
            if (next.Count == 0 || !next[0].IsEmpty)
            {
                return string.Empty;
            }

            var texts = new List<string>(next.Count - 1);
            for (var i = 1; i < next.Count; i++)
            {
                if (!next[i].IsEmpty)
                {
                    texts.Add(next[i].Text);
                }
            }

            return string.Join('\n', texts);
        }

        for (var row = label.Row + 1; row <= label.LastRow; row++)
        {
            var texts = grid.StartingIn(row).Where(c => c.Column > label.LastColumn && !c.IsEmpty && !IsLabel(c)).Select(c => c.Text).ToList();
            if (texts.Count > 0)
            {
                return string.Join('\n', texts);
            }
        }

        return string.Empty;
    }

    /// <summary>The months right of the 资金支出计划 label and the percentages under them.</summary>
    private static SpendingPlan SpendingPlanOf(CellGrid grid, GridLabel label, ProjectDraft draft, HeadContext context)
    {
        var months = grid.Row(label.Cell.Row).Where(c => c.Column > label.Cell.LastColumn && TableValues.ParseMonth(c.Text) is not null).ToList();
        if (months.Count == 0)
        {
            context.Error(draft.Place(grid, label.Cell), label.Cell.Line, "资金支出计划缺少月份（应为“3月底”“6月底”“10月底”“12月底”等）。", "资金支出计划");
            return SpendingPlan.Empty;
        }

        // The row under the months as it is (no list of it); in a flow grid its first cell may be the label's empty
        // continuation, which the percentages follow.
        var below = grid.StartingIn(label.Cell.Row + 1);
        var skip = grid.IsFlow && below.Count > 0 && below[0].IsEmpty ? 1 : 0;

        var checkpoints = new List<SpendingCheckpoint>();
        for (var i = 0; i < months.Count; i++)
        {
            var month = TableValues.ParseMonth(months[i].Text)!.Value;
            var found = grid.IsFlow ? (i + skip < below.Count ? below[i + skip] : null) : grid.At(label.Cell.Row + 1, months[i].Column);
            if (found is not { IsEmpty: false } cell)
            {
                context.Error(draft.Place(grid, months[i]), months[i].Line, $"资金支出计划“{month}月底”没有填写百分比。", $"{month}月底");
                break;
            }

            if (TableValues.ParsePercent(cell.Text) is { } percent)
            {
                checkpoints.Add(new SpendingCheckpoint(month, percent));
            }
            else
            {
                context.Error(draft.Place(grid, cell), cell.Line, $"资金支出计划“{month}月底”的值“{cell.Text}”不是百分比（应为 0–100 的数字，例如 25%）。", $"{month}月底");
            }
        }

        return new SpendingPlan(checkpoints);
    }

    /// <summary>Goals numbered "1." on their own lines, or written "目标1：…目标2：…" in one cell (the text before
    /// the first "目标1" is a goal too).</summary>
    internal static List<Goal> Goals(string text)
    {
        var matches = GoalMarker().Matches(text);
        if (matches.Count == 0)
        {
            return TableValues.ParseGoals(text.Split('\n'));
        }

        var parts = new List<string>();
        var lead = text[..matches[0].Index].Trim();
        if (lead.Length > 0)
        {
            parts.Add(lead);
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var part = text[(matches[i].Index + matches[i].Length)..end].Trim().TrimEnd(GoalEnds).Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
            }
        }

        return [.. parts.Select((p, i) => new Goal(i + 1, p))];
    }

    /// <summary>The text of the row under a label that fills its row alone: "年度目标" printed across the table as a
    /// heading, the goals written in the row below.</summary>
    private static GridValue? UnderHeadingRow(CellGrid grid, GridCell label)
    {
        if (One(grid.StartingIn(label.Row)) is not { } own || !own.Equals(label) || One(grid.StartingIn(label.LastRow + 1)) is not { } below || IsLabel(below))
        {
            return null;
        }

        return new GridValue(below.Text, below);

        static GridCell? One(GridCellList cells)
        {
            GridCell? found = null;
            for (var i = 0; i < cells.Count; i++)
            {
                if (!cells[i].IsEmpty)
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = cells[i];
                }
            }

            return found;
        }
    }

    /// <summary>The long-term amount label (中期资金总额, 项目资金总额 …) a part stands under: of the total labels above it in
    /// the columns it spans, the nearest one, when that one is the long term's; null when it is the year's or there is none.</summary>
    private static string? LongTermAbove(CellGrid grid, GridCell cell, List<(CellGrid Grid, GridLabel Label, GoalLabel Kind)> labels)
    {
        (GridLabel Label, GoalLabel Kind)? nearest = null;
        foreach (var (g, l, k) in labels)
        {
            if (g != grid || k is not (GoalLabel.Budget or GoalLabel.LongTermBudget) || l.Cell.Row >= cell.Row
                || l.Cell.LastColumn < cell.Column || l.Cell.Column > cell.LastColumn)
            {
                continue;
            }

            if (nearest is not { } n || l.Cell.Row > n.Label.Cell.Row)
            {
                nearest = (l, k);
            }
        }

        return nearest is { Kind: GoalLabel.LongTermBudget } found ? LabelText(found.Label) : null;
    }

    /// <summary>"(433)乌海市供销合作社联合社", "[015001]武汉市青山区教育局", "219-池州市…" → (code, name), and the code
    /// printed after the name ("湘潭市城市管理和综合执法局 308001" under 主管部门及其编码); a name without a code → ("", name).</summary>
    internal static (string Code, string Name) Split(string text)
    {
        var one = GridText.OneLine(text).Trim();
        var half = ChineseText.ToHalfWidth(one);
        var m = CodeAndName().Match(half);
        if (m.Success)
        {
            return (m.Groups[1].Value, m.Groups[2].Value.Trim());
        }

        var after = NameAndCode().Match(half);
        return after.Success ? (after.Groups[2].Value, after.Groups[1].Value.Trim()) : (string.Empty, one);
    }

    /// <summary>A name, a space and its code (3 digits or more, bracketed or not) at the end of the cell.</summary>
    [GeneratedRegex(@"^(\D.*?)\s+[\[(【]?(\d{3,})[\])】]?$")]
    private static partial Regex NameAndCode();

    /// <summary>A name cell without what the form prints in it for the clerk: "(盖章)", "单位：万元".</summary>
    private static string WithoutFormNotes(string text) => FormNote().Replace(text, string.Empty).Trim();

    [GeneratedRegex(@"[(（]\s*盖\s*章\s*[)）]|(?:金额)?单位\s*[:：]\s*(?:万元|元)")]
    private static partial Regex FormNote();

    // Arrays made once, not by Trim's params for every goal and label of every head read.
    private static readonly char[] GoalEnds = ['；', ';', '，', ','];
    private static readonly char[] Colons = [':', '：'];

    private static bool IsLabel(GridCell cell) => GridSearch.LabelMatchOf(cell, GoalVocabulary.Labels) is not null;

    private static string LabelText(GridLabel label) =>
        GridText.OneLine(label.Text).Trim().TrimEnd(Colons).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static bool IsAnnual(string labelText)
    {
        foreach (var word in AnnualWords)
        {
            if (labelText.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The amount kept so far, or the one found when it ranks lower (the first of the lowest rank is kept,
    /// as a stable sort's first would be).</summary>
    private static (int Rank, Money Amount) Lower((int Rank, Money Amount)? kept, int rank, Money amount) =>
        kept is { } k && k.Rank <= rank ? k : (rank, amount);

    internal static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
