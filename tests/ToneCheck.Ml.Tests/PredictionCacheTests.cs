namespace ToneCheck.Ml.Tests;

/// <summary>The model's recent answers: asked again, the same input is answered from memory; other input is not; and
/// memory stays bounded.</summary>
public class PredictionCacheTests
{
    private static IReadOnlyDictionary<string, float> Answer(float p) => new Dictionary<string, float> { ["thanks"] = p };

    [Fact]
    public void The_same_sentence_and_features_are_predicted_once()
    {
        var cache = new PredictionCache(capacity: 16);
        int predictions = 0;
        var first = cache.GetOrAdd("Thank you for your business.", [1f, 0f], () => Answer(++predictions));
        var again = cache.GetOrAdd("Thank you for your business.", [1f, 0f], () => Answer(++predictions));
        Assert.Equal(1, predictions);
        Assert.Same(first, again);
    }

    [Fact]
    public void Other_text_or_other_features_are_predicted_anew()
    {
        var cache = new PredictionCache(capacity: 16);
        int predictions = 0;
        cache.GetOrAdd("Thank you for your business.", [1f, 0f], () => Answer(++predictions));
        cache.GetOrAdd("Thank you for your business!", [1f, 0f], () => Answer(++predictions));
        // The features carry what the letter around the sentence says (the recipient's name among them).
        cache.GetOrAdd("Thank you for your business.", [1f, 1f], () => Answer(++predictions));
        Assert.Equal(3, predictions);
    }

    [Fact]
    public void Old_answers_are_dropped_once_two_generations_have_filled()
    {
        var cache = new PredictionCache(capacity: 4);
        int predictions = 0;
        cache.GetOrAdd("first", [0f], () => Answer(++predictions));
        // A recent answer survives one turnover...
        for (int i = 0; i < 4; i++) cache.GetOrAdd($"other {i}", [0f], () => Answer(++predictions));
        cache.GetOrAdd("first", [0f], () => Answer(++predictions));
        Assert.Equal(5, predictions);
        // ...and is gone after enough new sentences to fill both generations.
        for (int i = 4; i < 13; i++) cache.GetOrAdd($"other {i}", [0f], () => Answer(++predictions));
        int before = predictions;
        cache.GetOrAdd("first", [0f], () => Answer(++predictions));
        Assert.Equal(before + 1, predictions);
    }
}
