// This library holds BlynkWM's device runtime and nothing else: BlynkWM's generator compiles the runtime's sources into
// it (it references no ESP32 library, so the adapters go into the application instead). It is an assembly of its own
// because nanoFramework's metadata processor gives one assembly at most 64 KB of bytecode, most of which the runtime
// needs. The compiler wants at least one source file in a project: this is it.
