using System.Globalization;

namespace Jixiao.Web.Features.Projects;

/// <summary>The add / remove / reorder buttons of the project form, applied on the server so the form works
/// without script.</summary>
public static class ProjectFormEditing
{
    public static void Apply(ProjectForm form, string command)
    {
        var parts = command.Split(':', 2);
        var index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var rows = form.Indicators;
        switch (parts[0])
        {
            case "add-row":
                var last = rows.Count > 0 ? rows[^1] : null;
                rows.Add(new IndicatorInput { Level1 = last?.Level1 ?? string.Empty, Level2 = last?.Level2 ?? string.Empty });
                break;
            case "remove" when index >= 0 && index < rows.Count:
                rows.RemoveAt(index);
                break;
            case "up" when index > 0 && index < rows.Count:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                break;
            case "down" when index >= 0 && index < rows.Count - 1:
                (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
                break;
            case "add-goal":
                form.Goals.Add(string.Empty);
                break;
            case "remove-goal" when index >= 0 && index < form.Goals.Count:
                form.Goals.RemoveAt(index);
                break;
            default:
                break;
        }
    }
}
