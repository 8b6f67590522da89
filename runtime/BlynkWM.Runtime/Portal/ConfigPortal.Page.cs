using BlynkWM.Compression;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Portal
{
    /// <summary>The portal's page: the form state it renders from, the scan list, and the cached plain and gzip bodies.</summary>
    public sealed partial class ConfigPortal
    {
        private void PrepareState(bool showErrors)
        {
            _state.ShowErrors = showErrors;
            _state.Notice = CurrentNotice();
            _state.Token = _csrf.Token;
            _state.Networks = _networks;
        }

        private void RequestScan(bool force)
        {
            if (_scanner == null)
            {
                return;
            }

            long now = _clock.NowMilliseconds;
            if (!_scanStarted || (force && now - _lastScanStart >= RescanIntervalMilliseconds))
            {
                _scanStarted = true;
                _lastScanStart = now;
                _scanner.RequestScan();
            }
        }

        private void RefreshNetworks()
        {
            if (_scanner == null)
            {
                return;
            }

            // A finished scan publishes a new array; the list itself tells whether its content changed.
            WifiNetworkInfo[] latest = _scanner.LatestNetworks;
            if (!object.ReferenceEquals(latest, _consumedScan))
            {
                _consumedScan = latest;
                _networks.Update(latest);
            }
        }

        /// <summary>Renders and compresses the page unless the cached one still shows the current config, networks and token.</summary>
        private void EnsurePage()
        {
            RequestScan(false);
            RefreshNetworks();
            uint sequence = _store.CurrentSequence;
            if (_cacheValid && sequence == _cachedSequence && _networks.Version == _cachedNetworksVersion && _cachedToken == _csrf.Token
                && object.ReferenceEquals(_cachedNotice, CurrentNotice()))
            {
                return;
            }

            byte[] head = _form.HeadHtml;
            _writer.Length = 0;
            _writer.Raw(head);
            PrepareState(false);
            _form.WriteForm(_writer, _state);
            int length = _writer.Length;
            byte[] page = _writer.Buffer;

            // New arrays each time: responses still sending the previous page keep their bytes.
            byte[] plain = new byte[length - head.Length];
            System.Array.Copy(page, head.Length, plain, 0, plain.Length);
            _plainTail = plain;

            // The compressor keeps positions in 16 bits: a bigger page is served plain rather than failing every GET.
            _gzipAvailable = length <= DeflateCompressor.MaxEnd;
            if (_gzipAvailable)
            {
                // 4 KB of history reaches back into the head from the first fields; short chains keep it quick when
                // interpreted (within about 1% of the size the longest chains give on this markup).
                if (_compressor == null)
                {
                    // The head is the same on every render: hash it once, not at every render.
                    _compressor = new DeflateCompressor(12, 10, 8, 1024);
                    _compressor.PrimeDictionary(head);
                }

                int needed = _compressor.MaxCompressedLength(length - head.Length) + Gzip.TrailerLength;
                if (_gzipScratch.Length < needed)
                {
                    _gzipScratch = new byte[needed];
                }

                int end = _compressor.Compress(page, 0, head.Length, length, true, _gzipScratch, 0);
                // The whole page is in the writer (head included), so one CRC over it: native on the device.
                end = Gzip.WriteTrailer(_gzipScratch, end, Crc32.Compute(page, 0, length), (uint)length);
                byte[] tail = new byte[end];
                System.Array.Copy(_gzipScratch, 0, tail, 0, end);
                _gzipTail = tail;
            }
            else
            {
                _gzipTail = new byte[0];
            }

            _cachedSequence = sequence;
            _cachedNetworksVersion = _networks.Version;
            _cachedToken = _csrf.Token;
            _cachedNotice = _state.Notice;
            _cacheValid = true;
        }
    }
}
