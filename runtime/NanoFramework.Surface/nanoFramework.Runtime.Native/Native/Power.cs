// Declaration-only surface of nanoFramework.Runtime.Native (nanoframework/nanoFramework.Runtime.Native): reboot.
// Power is a class with static members (and a public constructor). RebootDevice raises OnRebootEvent first.
namespace nanoFramework.Runtime.Native
{
    public delegate void RebootEventHandler();

    public class Power
    {
        public static event RebootEventHandler OnRebootEvent { add { } remove { } }

        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) { }

        public static void RebootDevice(int exeConstraintTimeout, RebootOption rebootOption = RebootOption.NormalReboot) { }
    }

    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }
}
