// Declaration-only surface of nanoFramework's mscorlib: delegates.
// CoreLibrary also declares generic Action<T>, Action<T1,T2>, Func<...> and EventHandler<TEventArgs>;
// they are left out here on purpose: the stable nanoCLR does not run generics.
using System.Reflection;

namespace System
{
    public abstract class Delegate
    {
        public override bool Equals(object obj) => throw null;
        public static Delegate Combine(Delegate a, Delegate b) => throw null;
        public MethodInfo Method => throw null;
        public virtual Delegate[] GetInvocationList() => throw null;
        public object Target => throw null;
        public static Delegate Remove(Delegate source, Delegate value) => throw null;
        public static bool operator ==(Delegate d1, Delegate d2) => throw null;
        public static bool operator !=(Delegate d1, Delegate d2) => throw null;
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => throw null;
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => throw null;
        public override bool Equals(object obj) => throw null;
    }

    public delegate void Action();

    public delegate void AsyncCallback(IAsyncResult ar);

    public delegate void EventHandler(object sender, EventArgs e);

    public class EventArgs
    {
        public static readonly EventArgs Empty;
        public EventArgs() { }
    }
}
