namespace Gaoxin.Resources;

/// <summary>Marker for the shared UI strings (SharedResource.resx in English, SharedResource.zh-CN.resx in Chinese).</summary>
public sealed class SharedResource;
