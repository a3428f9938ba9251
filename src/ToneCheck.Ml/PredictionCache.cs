using System.Collections.Concurrent;

namespace ToneCheck.Ml;

/// <summary>
/// The model's recent answers, by sentence text and rule features (together they are the whole input, so a hit is
/// exactly what the model would say again). Sentences repeat: an editor re-checks a letter on every keystroke with
/// one sentence changed, the web page does the same as the writer types, and a mail pipeline sees one template
/// sent to many customers. Bounded by two generations: when the newer one is full it becomes the older one and
/// the oldest answers are dropped, so memory stays at most twice the capacity whatever the traffic.
/// </summary>
internal sealed class PredictionCache(int capacity)
{
    private readonly object _turnover = new();
    private ConcurrentDictionary<Input, IReadOnlyDictionary<string, float>> _newer = new();
    private ConcurrentDictionary<Input, IReadOnlyDictionary<string, float>> _older = new();

    public IReadOnlyDictionary<string, float> GetOrAdd(string text, float[] features, Func<IReadOnlyDictionary<string, float>> predict)
    {
        var input = new Input(text, features);
        if (_newer.TryGetValue(input, out var scores)) return scores;
        if (!_older.TryGetValue(input, out scores)) scores = predict();
        if (_newer.Count >= capacity)
        {
            lock (_turnover)
            {
                if (_newer.Count >= capacity)
                {
                    _older = _newer;
                    _newer = new ConcurrentDictionary<Input, IReadOnlyDictionary<string, float>>();
                }
            }
        }
        _newer[input] = scores;
        return scores;
    }

    private readonly struct Input : IEquatable<Input>
    {
        private readonly string _text;
        private readonly float[] _features;
        private readonly int _hash;

        public Input(string text, float[] features)
        {
            _text = text;
            _features = features;
            var hash = new HashCode();
            hash.Add(text, StringComparer.Ordinal);
            foreach (var f in features) hash.Add(f);
            _hash = hash.ToHashCode();
        }

        public bool Equals(Input other) =>
            _hash == other._hash && string.Equals(_text, other._text, StringComparison.Ordinal) && _features.AsSpan().SequenceEqual(other._features);

        public override bool Equals(object? obj) => obj is Input other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
