namespace Sitrep.Evaluation;

/// <summary>The administrative level a gold place name is compared at: ACLED admin1 (province) or admin2 (district).</summary>
public enum AdminLevel
{
    Province = 1,
    District = 2,
}
