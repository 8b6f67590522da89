using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>Fixed configs for round trips, golden bytes, power-cut runs and benchmarks.</summary>
    public static class SampleValues
    {
        /// <summary>Two WiFi, two Blynk, a board name and four dynamic params, every field set (the device tests' values).</summary>
        public static DeviceConfig DeviceA() => BlynkWM.Device.Tests.Samples.DeviceA();

        /// <summary>
        /// The seed's example as its users save it: its defaults, plus the default secrets of its Credentials.h and
        /// dynamicParams.h, which our class cannot declare as defaults (BWM0016).
        /// </summary>
        public static SeedExampleConfig SeedExample()
        {
            var config = new SeedExampleConfig();
            config.Wifi1.Password = "password1";
            config.Wifi2.Password = "password2";
            config.Blynk1.Token = "token";
            config.Blynk2.Token = "token1";
            config.MqttPassword = "default-mqtt-password";
            return config;
        }

        /// <summary>Every field different from <see cref="DeviceA"/>.</summary>
        public static DeviceConfig DeviceB() => BlynkWM.Device.Tests.Samples.DeviceB();

        /// <summary>The record bytes of a config with sequence 0: equal bytes mean equal field values.</summary>
        public static byte[] Fingerprint(IStoredConfig config)
        {
            return BlynkWM.Device.Tests.Samples.Fingerprint(config);
        }
    }
}
