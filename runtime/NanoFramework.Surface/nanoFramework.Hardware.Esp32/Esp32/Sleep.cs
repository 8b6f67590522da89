// Declaration-only surface of nanoFramework.Hardware.Esp32 (nanoframework/nanoFramework.Hardware.Esp32).
// Sleep is a class with static members and nested enums. GetWakeupCause reads ESP-IDF's wake-up cause: Undefined
// after a power-on or any reset that was not a wake from deep sleep (the enum has no value 1).
// Not declared here (not used by BlynkWM): the wake-up sources and sleep entry points, GPIO, touch, timers.
namespace nanoFramework.Hardware.Esp32
{
    public class Sleep
    {
        public static WakeupCause GetWakeupCause() => throw null;

        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1 = 3,
            Timer = 4,
            TouchPad = 5,
            Ulp = 6,
            Gpio = 7,
            Uart = 8,
            Wifi = 9,
            CoCpu = 10,
            CoCpuTrapTrig = 11,
            Bt = 12,
        }
    }
}
