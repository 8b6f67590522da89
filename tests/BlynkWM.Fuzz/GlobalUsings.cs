// The namespaces most of this project's files use.
global using System.Collections.Generic;
global using System.Text;
global using BlynkWM.Host.Net.Memory;
global using BlynkWM.Host.Time;
global using BlynkWM.Portal;
