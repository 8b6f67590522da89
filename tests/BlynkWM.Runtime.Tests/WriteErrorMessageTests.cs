using System;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>A value Write refuses is reported with what is wrong and by how much, not only which field.</summary>
    public class WriteErrorMessageTests
    {
        private static ArgumentException Refusal(DeviceConfig config) =>
            Assert.Throws<ArgumentException>(() => config.Write(new byte[DeviceConfig.StorageLayout.MaxRecordSize], 0, 1));

        [Fact]
        public void A_string_too_long_gives_its_length_and_the_fields()
        {
            DeviceConfig config = SampleValues.DeviceA();
            config.PrimaryBlynk.Token = new string('t', 41);

            ArgumentException error = Refusal(config);

            Assert.Equal("blynk1_token", error.ParamName);
            Assert.StartsWith("value for 'blynk1_token' is 41 bytes; the field holds 34", error.Message);
        }

        [Fact]
        public void The_length_is_counted_in_utf8_bytes()
        {
            DeviceConfig config = SampleValues.DeviceA();
            config.PrimaryWifi.Ssid = new string('é', 17); // 17 characters, 34 bytes

            Assert.StartsWith("value for 'wifi1_ssid' is 34 bytes; the field holds 32", Refusal(config).Message);
        }

        [Fact]
        public void A_string_far_too_long_is_measured_exactly_in_bytes()
        {
            // The platform encoder is linear on both runtimes, so even a very long string is counted exactly.
            DeviceConfig config = SampleValues.DeviceA();
            config.BoardName = new string('b', 5000) + "\U0001F4F6";

            Assert.StartsWith("value for 'board' is 5004 bytes; the field holds 24", Refusal(config).Message);
        }

        [Fact]
        public void An_integer_out_of_range_gives_the_value_and_the_range()
        {
            DeviceConfig config = SampleValues.DeviceA();
            config.MqttPort = 70000;

            ArgumentException error = Refusal(config);

            Assert.Equal("mqtt_port", error.ParamName);
            Assert.StartsWith("value for 'mqtt_port' is 70000; the field allows 1 to 65535", error.Message);
        }

        [Fact]
        public void Field_codec_reports_negative_ranges_too()
        {
            var error = Assert.Throws<ArgumentException>(() => FieldCodec.WriteInteger(new byte[16], 0, 1u, -401, -400, 800, "vent_temp"));

            Assert.StartsWith("value for 'vent_temp' is -401; the field allows -400 to 800", error.Message);
        }
    }
}
