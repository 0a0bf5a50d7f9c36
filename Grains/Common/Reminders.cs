namespace Grains.Common;

/// <summary>Keeps a grain's reminder in step with whether it is wanted.</summary>
public static class Reminders
{
    /// <summary>
    /// Registers <paramref name="name"/> when <paramref name="wanted"/> and missing (or always when
    /// <paramref name="refresh"/>, to apply a changed period), and removes it when not wanted. A missing reminder costs
    /// one read of the reminder table. The first tick comes after <paramref name="dueTime"/> (default: one period).
    /// </summary>
    public static async Task SyncAsync(Grain grain, string name, bool wanted, TimeSpan period, bool refresh = false, TimeSpan? dueTime = null)
    {
        ArgumentNullException.ThrowIfNull(grain);
        var existing = await grain.GetReminder(name);
        if (wanted)
        {
            if (existing is null || refresh)
            {
                await grain.RegisterOrUpdateReminder(name, dueTime ?? period, period);
            }
        }
        else if (existing is not null)
        {
            await grain.UnregisterReminder(existing);
        }
    }
}
