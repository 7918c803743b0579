using Sitrep.Pipeline;

namespace Sitrep.Geo;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class PlaceAnnotator : IAnnotator
{
    public static PlaceAnnotator Load(DataPack data) => data.Get(_ => new PlaceAnnotator());

    public string Name => "places";

    public void Annotate(Document document)
    {
    }
}
