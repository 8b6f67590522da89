using BlynkWM.Portal;
using BlynkWM.Reset;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Lifecycle
{
    /// <summary>The portal's life: opening, closing, the fallback portal, the timeout, and saves tested before they are stored.</summary>
    public sealed partial class BlynkDevice
    {
        /// <param name="reason">Why the portal opens (shown on <c>/status</c>).</param>
        /// <param name="mode">What to store for the next boot if the access point needs a reboot to start.</param>
        private void OpenPortalNow(PortalReason reason, ForcedPortalMode mode)
        {
            if (_session == null)
            {
                _session = new PortalSession(_form, _storage.Store, _ports, _options, _portalAddress);
                _session.Portal.Tester = _options.TestBeforeSave ? _tester : null;
                _session.Portal.Saved = OnSaved;
            }

            bool wasOpen = IsPortalOpen;
            _portalReason = reason;
            if (!wasOpen)
            {
                if (_ports.SoftAp != null && _ports.SoftAp.Start(_options.AccessPoint))
                {
                    // The access point runs only from the next boot on: store why, so that boot opens the portal.
                    if (_portalFlag != null && _portalFlag.Stored != ForcedPortalMode.Persistent)
                    {
                        _portalFlag.Request(mode);
                    }

                    RequestReboot();
                }

                _portalOpenings++;
                _session.LastActivity = _clock.NowMilliseconds;
                _session.Portal.Status.Clear();
                _savedAt = -1;
            }

            if (reason == PortalReason.Fallback)
            {
                _wifi.SetFallbackPortal(true);
            }
            else
            {
                // The user wants to configure: no joins meanwhile (a save's test still uses the radio).
                _wifi.SetFallbackPortal(false);
                _wifi.Stop();
            }

            ShowPortalReason();
        }

        private void ClosePortal()
        {
            _portalReason = PortalReason.None;
            _savedAt = -1;
            _wifi.SetFallbackPortal(false);
            if (_wifi.State == WifiState.Stopped)
            {
                _wifi.Start();
            }

            _offlineSince = _clock.NowMilliseconds;
            if (_ports.SoftAp != null && _ports.SoftAp.Stop())
            {
                RequestReboot();
            }
        }

        private void CheckPortal()
        {
            long now = _clock.NowMilliseconds;
            if (!IsPortalOpen)
            {
                bool offlineTooLong = now - _offlineSince >= _options.FallbackPortalAfterMs;
                if (_loadStatus == ConfigReadStatus.Ok && _options.FallbackPortalAfterMs > 0 && _wifi.State == WifiState.Waiting && offlineTooLong)
                {
                    OpenPortalNow(PortalReason.Fallback, ForcedPortalMode.Fallback);
                }

                return;
            }

            if (_trial.Active)
            {
                return;
            }

            if (_savedAt >= 0)
            {
                // Saved: the page has had its moment to show the result.
                if (now - _savedAt >= _options.PortalCloseDelayMs)
                {
                    ClosePortal();
                }

                return;
            }

            if (_portalReason == PortalReason.Fallback && _wifi.IsConnected)
            {
                ClosePortal();
                return;
            }

            if (_options.PortalTimeoutMs > 0 && now - _session.LastActivity >= _options.PortalTimeoutMs)
            {
                _portalTimeouts++;
                if (_options.OnPortalTimeout == PortalTimeoutAction.Reboot && _ports.Reboot != null)
                {
                    RequestReboot();
                }
                else if (_loadStatus == ConfigReadStatus.Ok)
                {
                    ClosePortal();
                }
                else
                {
                    _session.LastActivity = now;
                }
            }
        }

        /// <summary>What <c>/status</c> and the page say while no save is being tested: why the portal is open.</summary>
        private void ShowPortalReason()
        {
            SaveStatus status = _session.Portal.Status;
            if (status.Phase != SavePhase.Idle)
            {
                return;
            }

            if (_portalReason == PortalReason.Fallback && _lastFailure != DeviceFailure.None)
            {
                string failure = DeviceFailures.Name(_lastFailure);
                string message = "No saved WiFi network could be joined. " + _lastFailureDetail
                    + " The saved settings are kept; the device keeps trying them and closes this portal when one works.";
                status.Failure = failure;
                status.Message = message;
            }
            else
            {
                status.Failure = "";
                status.Message = _portalReason == PortalReason.NoConfig ? "No settings are stored yet."
                    : _portalReason == PortalReason.ResetSequence ? "Opened by a reset sequence; the saved settings are kept until you save new ones."
                    : _portalReason == PortalReason.Requested ? "Opened on request; the saved settings are kept until you save new ones."
                    : "";
            }
        }

        private void BeginTrial(IDeviceConfig candidate, SaveStatus status)
        {
            // The radio is the test's until it ends.
            _wifi.Stop();
            _blynk.Stop();
            try
            {
                _trial.Begin(candidate, status);
            }
            catch (System.Exception)
            {
                // No trial runs: the previous config stays in use (the portal says the test could not start).
                ResumeAfterTrial();
                throw;
            }

            if (!_trial.Active)
            {
                TrialEnded();
            }
        }

        private void TrialEnded()
        {
            ConfigPortal portal = _session.Portal;
            if (_trial.Succeeded)
            {
                portal.FinishTest(true);
                if (portal.Status.Phase == SavePhase.Failed)
                {
                    SetFailure(DeviceFailure.StoreFailed, portal.Status.Message);
                    ResumeAfterTrial();
                }

                return;
            }

            SetFailure(_trial.Failure, portal.Status.Message);
            portal.FinishTest(false);
            ResumeAfterTrial();
        }

        /// <summary>After a failed test the previous config stays in use: a fallback portal goes on probing it.</summary>
        private void ResumeAfterTrial()
        {
            if (_portalReason == PortalReason.Fallback)
            {
                _wifi.Start();
                _wifi.SetFallbackPortal(true);
            }
        }

        /// <summary>The portal stored a config (tested or not): use it, end a persistent request, close the portal soon.</summary>
        private void OnSaved()
        {
            _savedAt = _clock.NowMilliseconds;
            _loadStatus = ConfigReadStatus.Ok;
            if (_portalFlag != null)
            {
                _portalFlag.ConfigSaved();
            }

            ApplyConfig();
            if (_wifi.State == WifiState.Stopped)
            {
                _wifi.Start();
            }
        }

        private void RequestReboot()
        {
            if (_ports.Reboot == null)
            {
                return;
            }

            _rebooting = true;
            _ports.Reboot.Reboot();
        }
    }
}
