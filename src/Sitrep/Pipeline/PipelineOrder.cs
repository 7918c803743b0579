namespace Sitrep.Pipeline;

/// <summary>
/// Checks that every stage's required layers are produced by a stage before it. A stage that
/// runs too early does not fail: it reads an empty list and quietly finds less (events without
/// places, casualties without numbers), which is why the order is checked when the pipeline is built.
/// </summary>
public static class PipelineOrder
{
    public static void Check(IReadOnlyList<IAnnotator> stages)
    {
        var produced = new HashSet<Layer>();
        for (var i = 0; i < stages.Count; i++)
        {
            foreach (var layer in stages[i].Requires)
            {
                if (produced.Contains(layer)) continue;
                var later = stages.Skip(i + 1).FirstOrDefault(s => s.Produces.Contains(layer));
                var where = later is null
                    ? "no stage of this pipeline produces it"
                    : $"'{later.Name}' produces it only later; put '{later.Name}' before '{stages[i].Name}'";
                throw new PipelineOrderException(
                    $"pipeline order: stage '{stages[i].Name}' (stage {i + 1} of {stages.Count}) requires the {Name(layer)} layer, but {where} " +
                    $"(stages in order: {string.Join(", ", stages.Select(s => s.Name))})");
            }
            produced.UnionWith(stages[i].Produces);
        }
    }

    private static string Name(Layer layer) => layer.ToString().ToLowerInvariant();
}
