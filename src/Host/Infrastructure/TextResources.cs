using System.Resources;

namespace PerfEval.Host.Infrastructure;

/// <summary>
/// The resources of one <c>*Text</c> class: <c>FooText.resx</c> beside <c>FooText.cs</c> (Simplified Chinese, the neutral
/// culture) and <c>FooText.en.resx</c> (English, where written), read in the current UI culture; a key missing from a culture
/// falls back to Chinese. See ADR-010.
/// </summary>
public sealed class TextResources
{
    private readonly ResourceManager _manager;

    /// <summary>Reads the resources embedded under the full name of <paramref name="owner"/> (its .resx beside its .cs).</summary>
    /// <param name="owner">The <c>*Text</c> class.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    public TextResources(Type owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        _manager = new ResourceManager(owner.FullName!, owner.Assembly);
    }

    /// <summary>The text of <paramref name="key"/> in the current UI culture.</summary>
    /// <param name="key">The resource name.</param>
    /// <exception cref="InvalidOperationException">No culture has the key (a resource was not generated or was renamed).</exception>
    public string this[string key] =>
        _manager.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Text resource '{key}' is missing from {_manager.BaseName}.resx.");

    /// <summary>The composite-format text of <paramref name="key"/> filled with <paramref name="args"/> in the current culture.</summary>
    /// <param name="key">The resource name.</param>
    /// <param name="args">The values of {0}, {1}, ….</param>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);
}
