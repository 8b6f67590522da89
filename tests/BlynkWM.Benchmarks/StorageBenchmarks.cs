using System;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BlynkWM.Storage;

namespace BlynkWM.Benchmarks
{
    /// <summary>The config of issue 2's benchmark (2 WiFi, 2 Blynk, board name, 4 dynamic params) through three paths.</summary>
    [MemoryDiagnoser]
    public class StorageBenchmarks
    {
        private readonly DeviceConfig _config = SampleValues.DeviceA();
        private readonly DeviceConfig _target = new DeviceConfig();
        private readonly byte[] _buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
        private readonly byte[] _floorSource = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
        private readonly byte[] _floorTarget = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
        private readonly DeviceDto _dto = DeviceDto.From(SampleValues.DeviceA());
        private int _recordLength;

        [GlobalSetup]
        public void Setup()
        {
            _recordLength = _config.Write(_buffer, 0, 1);
            Array.Copy(_buffer, _floorSource, _recordLength);
        }

        [Benchmark]
        public int Write() => _config.Write(_buffer, 0, 1);

        [Benchmark]
        public ConfigReadStatus Read() => _target.TryRead(_buffer, 0, _recordLength);

        [Benchmark]
        public byte[] SystemTextJsonWrite() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_dto, DeviceJsonContext.Default.DeviceDto);

        /// <summary>The least any serializer with an integrity check must do: copy the bytes and CRC them.</summary>
        [Benchmark]
        public uint Floor()
        {
            Buffer.BlockCopy(_floorSource, 0, _floorTarget, 0, _recordLength);
            return Crc32.Compute(_floorTarget, 0, _recordLength);
        }

        public int RecordLength => _recordLength;
    }

    /// <summary>The same data as a plain DTO, as a .NET developer would serialize it with System.Text.Json.</summary>
    public sealed class DeviceDto
    {
        public string Wifi1Ssid { get; set; } = "";
        public string Wifi1Password { get; set; } = "";
        public string Wifi2Ssid { get; set; } = "";
        public string Wifi2Password { get; set; } = "";
        public string Blynk1Server { get; set; } = "";
        public int Blynk1Port { get; set; }
        public string Blynk1Token { get; set; } = "";
        public string Blynk2Server { get; set; } = "";
        public int Blynk2Port { get; set; }
        public string Blynk2Token { get; set; } = "";
        public string Board { get; set; } = "";
        public string MqttServer { get; set; } = "";
        public int MqttPort { get; set; }
        public bool MqttTls { get; set; }
        public string MqttPassword { get; set; } = "";

        public static DeviceDto From(DeviceConfig c) => new DeviceDto
        {
            Wifi1Ssid = c.PrimaryWifi.Ssid, Wifi1Password = c.PrimaryWifi.Password,
            Wifi2Ssid = c.BackupWifi.Ssid, Wifi2Password = c.BackupWifi.Password,
            Blynk1Server = c.PrimaryBlynk.Server, Blynk1Port = c.PrimaryBlynk.Port, Blynk1Token = c.PrimaryBlynk.Token,
            Blynk2Server = c.BackupBlynk.Server, Blynk2Port = c.BackupBlynk.Port, Blynk2Token = c.BackupBlynk.Token,
            Board = c.BoardName, MqttServer = c.MqttServer, MqttPort = c.MqttPort, MqttTls = c.MqttTls, MqttPassword = c.MqttPassword,
        };
    }

    [JsonSerializable(typeof(DeviceDto))]
    public sealed partial class DeviceJsonContext : JsonSerializerContext
    {
    }
}
