// Declaration-only surface of nanoFramework's mscorlib: System.Reflection (reflection flavour).
// Device code should not rely on reflection (BlynkWM's generator does that work at compile time).
using System.Globalization;

namespace System.Reflection
{
    public sealed class AssemblyName
    {
        internal AssemblyName() { }

        public string Name => throw null;
        public string FullName => throw null;
        public Version Version => throw null;
    }

    public class Assembly
    {
        public virtual string FullName => throw null;
        public static Assembly GetExecutingAssembly() => throw null;
        public AssemblyName GetName() => throw null;
        public static Assembly GetAssembly(Type type) => throw null;
        public virtual Type GetType(string name) => throw null;
        public virtual Type GetType(string name, bool throwOnError) => throw null;
        public virtual Type[] GetTypes() => throw null;
        public Assembly GetSatelliteAssembly(CultureInfo culture) => throw null;
        public static Assembly Load(string assemblyString) => throw null;
        public static Assembly Load(byte[] rawAssembly) => throw null;
    }

    [Flags]
    public enum AssemblyNameFlags
    {
        None = 0x0000,
        PublicKey = 0x0001,
        EnableJITcompileOptimizer = 0x4000,
        EnableJITcompileTracking = 0x8000,
        Retargetable = 0x0100,
    }

    public enum ProcessorArchitecture
    {
        None = 0x0000,
        MSIL = 0x0001,
        X86 = 0x0002,
        IA64 = 0x0003,
        Amd64 = 0x0004,
    }

    public abstract class Binder
    {
    }

    [Flags]
    public enum BindingFlags
    {
        Default = 0x00,
        IgnoreCase = 0x01,
        DeclaredOnly = 0x02,
        Instance = 0x04,
        Static = 0x08,
        Public = 0x10,
        NonPublic = 0x20,
        FlattenHierarchy = 0x40,
        InvokeMethod = 0x0100,
        CreateInstance = 0x0200,
        GetField = 0x0400,
        SetField = 0x0800,
        GetProperty = 0x1000,
        SetProperty = 0x2000,
        PutDispProperty = 0x4000,
        PutRefDispProperty = 0x8000,
        ExactBinding = 0x010000,
        SuppressChangeType = 0x020000,
        OptionalParamBinding = 0x040000,
        IgnoreReturn = 0x01000000,
    }

    public enum MemberTypes
    {
        Constructor = 0x01,
        Event = 0x02,
        Field = 0x04,
        Method = 0x08,
        Property = 0x10,
        TypeInfo = 0x20,
        Custom = 0x40,
        NestedType = 0x80,
        All = Constructor | Event | Field | Method | Property | TypeInfo | NestedType,
    }

    public enum MethodImplAttributes
    {
        CodeTypeMask = 0x0003,
        IL = 0x0000,
        Native = 0x0001,
        OPTIL = 0x0002,
        Runtime = 0x0003,
        ManagedMask = 0x0004,
        Unmanaged = 0x0004,
        Managed = 0x0000,
        ForwardRef = 0x0010,
        PreserveSig = 0x0080,
        InternalCall = 0x1000,
        Synchronized = 0x0020,
        NoInlining = 0x0008,
        MaxMethodImplVal = 0xFFFF,
    }

    public interface IReflect
    {
        MethodInfo GetMethod(string name, BindingFlags bindingAttr);
        FieldInfo GetField(string name, BindingFlags bindingAttr);
    }

    public abstract class MemberInfo
    {
        public abstract MemberTypes MemberType { get; }
        public abstract string Name { get; }
        public abstract Type DeclaringType { get; }
        public abstract object[] GetCustomAttributes(bool inherit);
    }

    public abstract class MethodBase : MemberInfo
    {
        public bool IsPublic => throw null;
        public bool IsStatic => throw null;
        public bool IsFinal => throw null;
        public bool IsVirtual => throw null;
        public bool IsAbstract => throw null;
        public abstract ParameterInfo[] GetParameters();
        public object Invoke(object obj, object[] parameters) => throw null;
        public override string Name => throw null;
        public override Type DeclaringType => throw null;
    }

    public abstract class ConstructorInfo : MethodBase
    {
        public override MemberTypes MemberType => throw null;
        public object Invoke(object[] parameters) => throw null;
        public override object[] GetCustomAttributes(bool inherit) => throw null;
    }

    public abstract class MethodInfo : MethodBase
    {
        public override MemberTypes MemberType => throw null;
        public abstract Type ReturnType { get; }
    }

    public abstract class FieldInfo : MemberInfo
    {
        public override MemberTypes MemberType => throw null;
        public abstract Type FieldType { get; }
        public abstract object GetValue(object obj);
        public virtual void SetValue(object obj, object value) { }
        public override object[] GetCustomAttributes(bool inherit) => throw null;
    }

    public abstract class PropertyInfo : MemberInfo
    {
        public abstract Type PropertyType { get; }
        public virtual object GetValue(object obj, object[] index) => throw null;
        public virtual void SetValue(object obj, object value, object[] index) { }
    }

    public abstract class ParameterInfo
    {
        public virtual Type ParameterType => throw null;
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        public DefaultMemberAttribute(string memberName) { }
        public string MemberName => throw null;
    }
}
