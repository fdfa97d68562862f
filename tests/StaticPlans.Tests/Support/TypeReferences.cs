using System.Reflection;

namespace StaticPlans.Tests;

/// <summary>
/// Every type a compiled type uses: its base and interfaces, the types of its fields, properties and method
/// signatures, and every type, method or field its method bodies name (read from the IL), with generic arguments,
/// arrays and nested types (lambdas, closures, iterators) followed. What the compiler kept, not what the source says.
/// </summary>
public static class TypeReferences
{
    /// <summary>The types <paramref name="type"/> and the types nested in it refer to.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Collect(type, found);
        return found;
    }

    /// <summary>The type that declares <paramref name="type"/>, outermost first: a closure's namespace is its owner's.</summary>
    public static string? NamespaceOf(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type.Namespace;
    }

    private static void Collect(Type type, HashSet<Type> found)
    {
        foreach (var attribute in type.GetCustomAttributesData()) Add(attribute.AttributeType, found);
        if (type.BaseType is { } baseType) Add(baseType, found);
        foreach (var face in type.GetInterfaces()) Add(face, found);
        foreach (var field in type.GetFields(CompiledIL.Everything)) Add(field.FieldType, found);
        foreach (var property in type.GetProperties(CompiledIL.Everything)) Add(property.PropertyType, found);
        foreach (var method in CompiledIL.MethodsOf(type))
        {
            if (method is MethodInfo info) Add(info.ReturnType, found);
            foreach (var parameter in method.GetParameters()) Add(parameter.ParameterType, found);
            Body(method, found);
        }
        foreach (var nested in type.GetNestedTypes(CompiledIL.Everything)) Collect(nested, found);
    }

    /// <summary>The types named by the tokens of <paramref name="method"/>'s IL (calls, new objects, fields, casts, typeof).</summary>
    private static void Body(MethodBase method, HashSet<Type> found)
    {
        foreach (var local in method.GetMethodBody()?.LocalVariables ?? []) Add(local.LocalType, found);
        foreach (var (_, operand) in CompiledIL.Instructions(method))
        {
            switch (operand)
            {
                case Type t: Add(t, found); break;
                case FieldInfo f: Add(f.DeclaringType, found); Add(f.FieldType, found); break;
                case MethodBase m:
                    Add(m.DeclaringType, found);
                    if (m is MethodInfo { IsGenericMethod: true } generic)
                        foreach (var argument in generic.GetGenericArguments()) Add(argument, found);
                    break;
            }
        }
    }

    private static void Add(Type? type, HashSet<Type> found)
    {
        if (type is null) return;
        if (type.HasElementType)
        {
            Add(type.GetElementType(), found);
            return;
        }
        if (type.IsGenericParameter) return;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments()) Add(argument, found);
            type = type.GetGenericTypeDefinition();
        }
        found.Add(type);
    }
}
