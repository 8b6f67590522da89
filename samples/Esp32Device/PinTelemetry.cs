using BlynkWM.Blynk;
using BlynkWM.Ports;

namespace Esp32Device
{
    /// <summary>
    /// The application's Blynk part, device-neutral (it runs in the nanoCLR lane as it runs on the ESP32): a timer that
    /// writes the uptime in seconds to <see cref="UptimePin"/> (the seed's <c>timer.setInterval</c> with
    /// <c>Blynk.virtualWrite</c>), and a handler for the app's writes to <see cref="LedPin"/> (<c>BLYNK_WRITE(V1)</c>) that
    /// keeps the state and echoes it on <see cref="LedStatePin"/>. The timer runs off the device's clock from the main
    /// loop, so nothing here waits or needs a thread of its own.
    /// </summary>
    public sealed class PinTelemetry
    {
        public const int LedPin = 1;
        public const int LedStatePin = 2;
        public const int UptimePin = 5;

        private readonly BlynkClient _blynk;
        private readonly IClock _clock;
        private readonly int _intervalMs;
        private readonly long _bootMs;
        private long _nextWriteMs;

        public PinTelemetry(BlynkClient blynk, IClock clock, int intervalMs)
        {
            _blynk = blynk;
            _clock = clock;
            _intervalMs = intervalMs;
            _bootMs = clock.NowMilliseconds;
            _nextWriteMs = _bootMs + intervalMs;
            blynk.OnWrite(LedPin, OnLedWrite);
            blynk.Connected += OnConnected;
        }

        /// <summary>What the app last wrote to <see cref="LedPin"/>.</summary>
        public bool LedOn { get; private set; }

        /// <summary>Uptime writes sent so far.</summary>
        public int UptimeWrites { get; private set; }

        /// <summary>From the main loop: sends the uptime when the interval has passed and the client is logged in.</summary>
        public void Step()
        {
            long now = _clock.NowMilliseconds;
            if (now < _nextWriteMs)
            {
                return;
            }

            // The next tick is due one interval after this one, however late this loop pass came.
            _nextWriteMs = now + _intervalMs;
            if (_blynk.IsConnected && _blynk.VirtualWrite(UptimePin, (now - _bootMs) / 1000))
            {
                UptimeWrites++;
            }
        }

        private void OnLedWrite(int pin, BlynkValue value)
        {
            LedOn = value.AsInt() != 0;
            _blynk.VirtualWrite(LedStatePin, LedOn ? 1 : 0);
        }

        private void OnConnected(BlynkClient client)
        {
            client.SyncVirtual(LedPin);    // the app's last LED state, as BLYNK_CONNECTED() { Blynk.syncVirtual(V1); }
        }
    }
}
