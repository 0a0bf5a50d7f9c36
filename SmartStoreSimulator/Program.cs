using SmartStoreSimulator;

// Standalone: dotnet run --project SmartStoreSimulator -- --urls http://127.0.0.1:5080
var app = SimulatorApp.Build(args);
await app.RunAsync();
