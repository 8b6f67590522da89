namespace BlynkWM.Generators.Tests
{
    public class FormConstantNamesTests
    {
        [Theory]
        [InlineData("wifi1_ssid", "Wifi1Ssid")]
        [InlineData("mqtt-server_2", "MqttServer2")]
        [InlineData("board", "Board")]
        [InlineData("aB__c", "ABC")]
        public void Ids_become_pascal_case_names(string id, string name)
        {
            Assert.Equal(name, FormConstantNames.Pascal(id));
        }

        [Fact]
        public void Names_stay_unique_in_the_class()
        {
            var names = new FormConstantNames(new[] { "HeadField" });

            Assert.Equal("ABField", names.For("a_b", "Field"));
            Assert.Equal("ABField_2", names.For("a-b", "Field"));
            Assert.Equal("ABField_3", names.For("aB", "Field"));
            Assert.Equal("HeadField_2", names.For("head", "Field"));
            Assert.Equal("XClearKey", names.For("x", "ClearKey"));
            Assert.Equal("XClearKey_2", names.For("x_clear", "Key"));
        }
    }
}
