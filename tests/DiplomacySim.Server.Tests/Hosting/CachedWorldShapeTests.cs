using System.Reflection;
using System.Runtime.CompilerServices;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Play;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// The world cache is shared by every request of a game, so what it hands out must offer no way to
/// change it: the compiler refuses a mutation only as long as every type it exposes has no setter and
/// no method that changes state. A new property of a tracked entity type would pass review unnoticed;
/// this catches it.
/// </summary>
public sealed class CachedWorldShapeTests
{
    [Fact]
    public void TheCachedWorld_HandsOutOnlyTypesWithoutMutators() =>
        MutableTypesExposedBy(typeof(WorldSnapshot)).ShouldBeEmpty();

    [Fact]
    public void ADraftsWorld_HandsOutOnlyTypesWithoutMutators() =>
        // The request's own opinion modifiers and game row are not from the cache.
        MutableTypesExposedBy(typeof(WorldView), except: [nameof(WorldView.Modifiers), nameof(WorldView.Game)]).ShouldBeEmpty();

    [Fact]
    public void TheCheck_SeesAMutableEntity() =>
        // The rule of the two tests above, shown to catch what it is for.
        MutableTypesExposedBy(typeof(TrackedWorld)).ShouldContain(nameof(TrackedWorld.AgreementsToChange) + ": Agreement");

    private static List<string> MutableTypesExposedBy(Type holder, string[]? except = null) =>
        [.. from property in holder.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            where except is null || !except.Contains(property.Name)
            from type in ElementTypes(property.PropertyType)
            where Mutators(type).Any()
            select $"{property.Name}: {type.Name}"];

    // A collection's elements (a dictionary's values; its tuple keys are values), or the type itself.
    private static IEnumerable<Type> ElementTypes(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IEnumerable<>)))
            return ElementTypes(type.GetGenericArguments()[^1]);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type.IsValueType ? [] : [type];
    }

    // A public setter (init aside) or a method returning nothing; a record's Deconstruct returns nothing but changes nothing.
    private static IEnumerable<MemberInfo> Mutators(Type type)
    {
        var members = type.IsInterface ? type.GetInterfaces().Append(type).SelectMany(i => i.GetMembers()) : type.GetMembers(BindingFlags.Public | BindingFlags.Instance);
        foreach (var member in members)
        {
            if (member is PropertyInfo { SetMethod: { IsPublic: true } setter } && !IsInitOnly(setter))
                yield return member;
            else if (member is MethodInfo { IsSpecialName: false, ReturnType: var returns } method
                     && returns == typeof(void) && method.DeclaringType != typeof(object) && method.Name != "Deconstruct")
                yield return member;
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
