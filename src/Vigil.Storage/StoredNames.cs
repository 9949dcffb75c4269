using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>
/// The words a database stores for each enum value: the contract's own spellings, written out
/// here rather than taken from <c>ToString()</c>, so that renaming an enum member in code can never
/// silently change what existing databases mean.
/// </summary>
public static class StoredNames
{
    private static readonly Dictionary<EntityType, string> EntityTypes = new()
    {
        [EntityType.Person] = "PERSON",
        [EntityType.Org] = "ORG",
        [EntityType.Gpe] = "GPE",
        [EntityType.Loc] = "LOC",
        [EntityType.Norp] = "NORP",
        [EntityType.Fac] = "FAC",
        [EntityType.Event] = "EVENT",
        [EntityType.Other] = "OTHER",
    };

    private static readonly Dictionary<QuoteKind, string> QuoteKinds = new()
    {
        [QuoteKind.Direct] = "direct",
        [QuoteKind.Mixed] = "mixed",
        [QuoteKind.Indirect] = "indirect",
    };

    private static readonly Dictionary<BoilerplateKind, string> BoilerplateKinds = new()
    {
        [BoilerplateKind.Caption] = "caption",
        [BoilerplateKind.Credit] = "credit",
        [BoilerplateKind.Trailer] = "trailer",
        [BoilerplateKind.Related] = "related",
        [BoilerplateKind.Navigation] = "navigation",
        [BoilerplateKind.Other] = "other",
    };

    private static readonly Dictionary<ActorOrigin, string> ActorOrigins = new()
    {
        [ActorOrigin.Registry] = "registry",
        [ActorOrigin.WatchList] = "watchlist",
        [ActorOrigin.Seen] = "seen",
    };

    private static readonly Dictionary<UserRole, string> UserRoles = new()
    {
        [UserRole.Viewer] = "viewer",
        [UserRole.Analyst] = "analyst",
        [UserRole.Admin] = "admin",
    };

    private static readonly Dictionary<WatchKind, string> WatchKinds = new()
    {
        [WatchKind.Actor] = "actor",
        [WatchKind.Commitment] = "commitment",
    };

    public static string Of(WatchKind kind) => WatchKinds[kind];
    public static WatchKind ParseWatchKind(string stored) => Parse(WatchKinds, stored, "kind of watch");

    public static string Of(UserRole role) => UserRoles[role];
    public static UserRole ParseUserRole(string stored) => Parse(UserRoles, stored, "user role");

    /// <summary>A role from its stored name, for input that may be wrong: the command line's <c>--role</c>.</summary>
    public static bool TryParseUserRole(string name, out UserRole role)
    {
        foreach (var (value, stored) in UserRoles)
            if (string.Equals(stored, name, StringComparison.OrdinalIgnoreCase))
            {
                role = value;
                return true;
            }
        role = default;
        return false;
    }

    public static string Of(ActorOrigin origin) => ActorOrigins[origin];
    public static ActorOrigin ParseActorOrigin(string stored) => Parse(ActorOrigins, stored, "actor origin");

    public static string Of(EntityType type) => EntityTypes[type];
    public static string Of(QuoteKind kind) => QuoteKinds[kind];
    public static string Of(BoilerplateKind kind) => BoilerplateKinds[kind];

    public static EntityType ParseEntityType(string stored) => Parse(EntityTypes, stored, "entity type");
    public static QuoteKind ParseQuoteKind(string stored) => Parse(QuoteKinds, stored, "quote kind");
    public static BoilerplateKind ParseBoilerplateKind(string stored) => Parse(BoilerplateKinds, stored, "boilerplate kind");

    private static T Parse<T>(Dictionary<T, string> names, string stored, string what) where T : struct, Enum
    {
        foreach (var (value, name) in names)
            if (name == stored)
                return value;
        throw new FormatException($"unknown {what} '{stored}' in the database");
    }
}
