using System.Buffers;

namespace PerfEval.Host.Security;

/// <summary>
/// Reads every POST/PUT/PATCH body of the API once before any endpoint does, and refuses (with the JSON path named)
/// what no endpoint should have to survive: a body over <see cref="RequestLimits"/> (413), text that is not JSON,
/// nesting beyond 64 levels, duplicate keys, strings with control characters (other than tab and line breaks) or lone
/// surrogates, numbers no decimal can hold. The body is then rewound for model binding. Nothing is written on a refusal.
/// </summary>
public sealed class JsonBodyGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!CrossSiteRequestGuard.IsUnsafe(request.Method)
            || !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.HasFormContentType)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var limit = RequestLimits.For(request.Path);
        if (request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit).ConfigureAwait(false);
            return;
        }

        request.EnableBuffering();
        byte[] body;
        using (var copy = new MemoryStream())
        {
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
                {
                    if (copy.Length + read > limit)
                    {
                        await TooLargeAsync(context, limit).ConfigureAwait(false);
                        return;
                    }

                    copy.Write(buffer, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            body = copy.ToArray();
        }

        request.Body.Position = 0;
        if (body.Length > 0 && Inspect(body) is { } problem)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status400BadRequest, SecurityText.JsonBodyGuardInvokeAsync, $"{problem.Path}: {problem.Message}",
                new Dictionary<string, string[]> { [problem.Path] = [problem.Message] }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static async Task TooLargeAsync(HttpContext context, long limit)
    {
        await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, SecurityText.JsonBodyGuardTooLargeAsync,
            SecurityText.FormatJsonBodyGuardTooLargeAsync2(limit / 1024)).ConfigureAwait(false);
    }

    /// <summary>The first thing wrong with a JSON body (path and message), or null.</summary>
    internal static (string Path, string Message)? Inspect(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = RequestLimits.JsonMaxDepth,
        });
        var path = new JsonPathTracker();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        path.BeginValue();
                        path.Push(isArray: false);
                        break;
                    case JsonTokenType.StartArray:
                        path.BeginValue();
                        path.Push(isArray: true);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = Text(ref reader);
                        if (name is null || TextSafety.InvalidCharacter(name) is not null)
                        {
                            return (path.Current, SecurityText.JsonBodyGuardStatic);
                        }

                        if (!path.Property(name))
                        {
                            return (path.Current, SecurityText.JsonBodyGuardStatic2);
                        }

                        break;
                    case JsonTokenType.String:
                        path.BeginValue();
                        var text = Text(ref reader);
                        var bad = text is null ? SecurityText.JsonBodyGuardStatic3 : TextSafety.InvalidCharacter(text);
                        if (bad is not null)
                        {
                            return (path.Current, SecurityText.FormatJsonBodyGuardStatic4(bad));
                        }

                        break;
                    case JsonTokenType.Number:
                        path.BeginValue();
                        if (!reader.TryGetDecimal(out _))
                        {
                            return (path.Current, SecurityText.JsonBodyGuardStatic5);
                        }

                        break;
                    default:
                        path.BeginValue();
                        break;
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (path.Current, SecurityText.JsonBodyGuardStatic6 + (cut > 0 ? message[..cut].TrimEnd(' ', '|') : message));
        }
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The JSON path of the current token (<c>content.indicators[2].points</c>) and the keys seen per object.</summary>
    private sealed class JsonPathTracker
    {
        private readonly List<Frame> _frames = [];

        public string Current
        {
            get
            {
                var parts = new System.Text.StringBuilder();
                foreach (var f in _frames)
                {
                    if (f.IsArray)
                    {
                        if (f.Index >= 0)
                        {
                            parts.Append('[').Append(f.Index).Append(']');
                        }
                    }
                    else if (f.Name is not null)
                    {
                        if (parts.Length > 0)
                        {
                            parts.Append('.');
                        }

                        parts.Append(f.Name);
                    }
                }

                return parts.Length == 0 ? "$" : parts.ToString();
            }
        }

        public void Push(bool isArray) => _frames.Add(new Frame(isArray));

        public void Pop()
        {
            if (_frames.Count > 0)
            {
                _frames.RemoveAt(_frames.Count - 1);
            }
        }

        /// <summary>A value starts: in an array it is the next item.</summary>
        public void BeginValue()
        {
            if (_frames.Count > 0 && _frames[^1].IsArray)
            {
                _frames[^1].Index++;
            }
        }

        /// <summary>Records a key of the current object; false when the object already has it.</summary>
        public bool Property(string name)
        {
            var frame = _frames[^1];
            frame.Name = name;
            return frame.Keys.Add(name);
        }

        private sealed class Frame(bool isArray)
        {
            public bool IsArray { get; } = isArray;

            public int Index { get; set; } = -1;

            public string? Name { get; set; }

            public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        }
    }
}
