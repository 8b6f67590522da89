using System;

namespace BlynkWM.Wifi.Tests
{
    public class HostnameAndAddressTests
    {
        [Theory]
        [InlineData("esp32-sensor", "esp32-sensor")]
        [InlineData("Living Room #2", "living-room-2")]
        [InlineData("  --Garage__Door--  ", "garage-door")]
        [InlineData("Café Küche", "caf-k-che")]
        [InlineData("2nd floor", "2nd-floor")]
        [InlineData("a.b.c", "a-b-c")]
        [InlineData("🌡️ Temp", "temp")]
        public void A_board_name_becomes_an_rfc_1123_label(string board, string expected)
        {
            string name = Hostname.FromBoardName(board, "esp32-a1b2c3");
            Assert.Equal(expected, name);
            Assert.True(Hostname.IsValid(name, Hostname.MaxLength));
        }

        [Fact]
        public void Nothing_usable_falls_back_and_long_names_are_cut_without_a_trailing_dash()
        {
            Assert.Equal("esp32-a1b2c3", Hostname.FromBoardName("!!! ***", "ESP32 A1B2C3"));
            Assert.Equal("esp32-a1b2c3", Hostname.FromBoardName(null!, "esp32-a1b2c3"));
            Assert.Equal("blynkwm", Hostname.FromBoardName("", "---"));

            string name = Hostname.FromBoardName(new string('x', 31) + " yyyy", "f", Hostname.Esp32MaxLength);
            Assert.Equal(new string('x', 31), name); // the dash at position 32 would end the name: dropped
            Assert.Equal(63, Hostname.FromBoardName(new string('a', 100), "f").Length);
            Assert.Throws<ArgumentOutOfRangeException>(() => Hostname.FromBoardName("a", "b", 64));
        }

        [Theory]
        [InlineData("ok-name", true)]
        [InlineData("-lead", false)]
        [InlineData("trail-", false)]
        [InlineData("Upper", false)]
        [InlineData("under_score", false)]
        [InlineData("", false)]
        public void Validity(string name, bool valid) => Assert.Equal(valid, Hostname.IsValid(name, 63));

        [Fact]
        public void A_static_address_is_checked_and_kept_in_canonical_form()
        {
            var ip = new StaticIpConfig("192.168.001.050", "255.255.255.0", "192.168.1.1");
            Assert.Equal("192.168.1.50", ip.Address);
            Assert.Equal("192.168.1.1", ip.PrimaryDns); // the gateway when none is given
            Assert.Equal("", ip.SecondaryDns);
            Assert.Equal("192.168.1.50/255.255.255.0 via 192.168.1.1, DNS 192.168.1.1", ip.ToString());
        }

        [Theory]
        [InlineData("192.168.1", "255.255.255.0", "192.168.1.1", "address")]
        [InlineData("192.168.1.256", "255.255.255.0", "192.168.1.1", "address")]
        [InlineData("192.168.1.5x", "255.255.255.0", "192.168.1.1", "address")]
        [InlineData("192.168.1.50", "255.0.255.0", "192.168.1.1", "subnetMask")]
        [InlineData("192.168.1.50", "255.255.255.254", "192.168.1.51", "subnetMask")]
        [InlineData("192.168.1.0", "255.255.255.0", "192.168.1.1", "address")]
        [InlineData("192.168.1.255", "255.255.255.0", "192.168.1.1", "address")]
        [InlineData("192.168.1.50", "255.255.255.0", "192.168.2.1", "gateway")]
        [InlineData("192.168.1.50", "255.255.255.0", "192.168.1.50", "gateway")]
        public void An_unusable_static_address_is_refused_naming_the_part(string address, string mask, string gateway, string part)
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => new StaticIpConfig(address, mask, gateway));
            Assert.Equal(part, e.ParamName);
        }
    }
}
