using Vigil.Documents;

namespace Vigil.Web.Rendering.Charts;

/// <summary>
/// Cooperation or conflict, by CAMEO root code as the event data sets group them ("QuadClass"):
/// roots 01–08 (statements, appeals, intent, consultation, diplomatic and material cooperation, aid,
/// yielding) cooperate; 09–20 (investigation, demands, disapproval, rejection, threats, protest,
/// force posture, reduced relations, coercion, assault, fighting, mass violence) are in conflict.
/// </summary>
public static class EventClasses
{
    public static bool IsConflict(EventType type) => type >= EventType.Investigate;

    public static string Name(EventType type) => IsConflict(type) ? "conflict" : "cooperation";
}
